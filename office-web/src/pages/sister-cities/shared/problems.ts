import type { FormInstance } from 'antd';
import { Problem } from '../../../api/http';
import { local, type Language } from '../../../text';

export type NamePath = (string | number)[];

/** The API names fields as the request body does (`agreement.signatories[0].name`); forms use the same paths. */
export function fieldPath(field: string): NamePath {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Some refusals come as 400 invalid-value, from a value object that names no field (e.g. a website inside a
 * network: the partner file's SSRF guard). A form that knows which of its fields such a message concerns says so.
 */
export type InvalidValueField = (detail: string) => string | undefined;

/** The problems of an answer by field: rules broken (code: message in the UI language) and invalid fields. */
export function fieldProblems(error: unknown, language: Language, invalidValueField?: InvalidValueField) {
  if (!(error instanceof Problem)) return [];
  const byField = new Map<string, string[]>();
  const add = (field: string, text: string) => byField.set(field, [...(byField.get(field) ?? []), text]);
  for (const violation of error.violations) {
    if (!violation.field) continue;
    const message = local(violation.message, language) || JSON.stringify(violation.parameters ?? {});
    add(violation.field, `${violation.code}: ${message}`);
  }
  for (const invalid of error.errors) {
    add(invalid.field, invalid.message);
  }
  if (error.kind === 'invalid-value' && error.detail && invalidValueField) {
    const field = invalidValueField(error.detail);
    if (field) add(field, error.detail);
  }
  return [...byField].map(([field, errors]) => ({ name: fieldPath(field), errors }));
}

/** Puts each problem next to its field (error status and help text), as the form's own validation would. */
export function showOnForm(form: FormInstance, error: unknown, language: Language, invalidValueField?: InvalidValueField) {
  const problems = fieldProblems(error, language, invalidValueField);
  if (problems.length > 0) form.setFields(problems);
}
