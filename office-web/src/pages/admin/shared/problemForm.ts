import type { FormInstance } from 'antd';
import { Problem } from '../../../api/http';
import { local, type Language } from '../../../text';

type NamePath = (string | number)[];

/** `holidays[0].name` → `['holidays', 0, 'name']`, the name path of the form field the API means. */
export function namePath(field: string): NamePath {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * What the API refused, by field: a rule broken names its rule code and the parameter it reads, in the interface
 * language (`MAX_COUNTRIES · MAX_COUNTRIES_PER_TRIP: …`); an invalid field its message.
 */
export function problemsByField(error: unknown, language: Language): { field: string; messages: string[] }[] {
  if (!(error instanceof Problem)) return [];
  const byField = new Map<string, string[]>();
  const add = (field: string, message: string) => byField.set(field, [...(byField.get(field) ?? []), message]);
  for (const violation of error.violations) {
    if (!violation.field) continue;
    const parameter = violation.parameters?.parameter;
    const rule = typeof parameter === 'string' ? `${violation.code} · ${parameter}` : violation.code;
    add(violation.field, `${rule}: ${local(violation.message, language)}`);
  }
  for (const fieldError of error.errors) {
    add(fieldError.field, fieldError.message);
  }
  return [...byField].map(([field, messages]) => ({ field, messages }));
}

/**
 * Puts the API's refusal next to the fields it names (the form shows them as errors until the user edits the
 * field). `fields` are the form's top-level names: a path the API prefixes with its method or record name
 * (`addWorkingDays.days`) is cut to the first of them; fields the form does not have stay in the summary only.
 */
export function showProblemOnForm(form: FormInstance, error: unknown, language: Language, fields: string[]): void {
  const entries = problemsByField(error, language).flatMap(({ field, messages }) => {
    const path = namePath(field);
    const start = path.findIndex((part) => typeof part === 'string' && fields.includes(part));
    return start < 0 ? [] : [{ name: path.slice(start), errors: messages }];
  });
  if (entries.length > 0) form.setFields(entries);
}
