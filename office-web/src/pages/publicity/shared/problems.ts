import type { FormItemProps } from 'antd';
import { Problem, type Violation } from '../../../api/http';
import { local, type Language } from '../../../text';

/** A broken rule as a reviewer reads it: its message in the UI language, then its code and parameters. */
export function describeViolation(violation: Violation, language: Language): string {
  const parameters = Object.entries(violation.parameters ?? {})
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(', ');
  const message = local(violation.message, language);
  return `${message}${message ? ' ' : ''}(${violation.code}${parameters ? `: ${parameters}` : ''})`;
}

/**
 * What a Form.Item shows when the service refused the request for one of its fields: the rule violations
 * (422) and invalid fields (400) naming it, in red below the input. `fields` are the names the service may use
 * for this input (a nested request names `zh.title`, a flat one `title`).
 */
export function fieldFeedback(error: unknown, fields: string[], language: Language): Pick<FormItemProps, 'validateStatus' | 'help'> {
  if (!(error instanceof Problem)) return {};
  const messages = [
    ...error.violations.filter((violation) => violation.field !== undefined && fields.includes(violation.field)).map((violation) => describeViolation(violation, language)),
    ...error.errors.filter((fieldError) => fields.includes(fieldError.field)).map((fieldError) => fieldError.message),
  ];
  if (messages.length === 0) return {};
  return { validateStatus: 'error', help: messages.join(' · ') };
}
