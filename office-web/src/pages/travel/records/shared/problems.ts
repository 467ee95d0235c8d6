import type { FormItemProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Problem } from '../../../../api/http';
import { local, type Language } from '../../../../text';

/** A form field's name as antd takes it: `'personId'` or `['people', 0, 'personId']`. */
export type FieldName = string | number | (string | number)[];

/** `['people', 0, 'personId']` → `people[0].personId`, the way the services name a field in a problem. */
export function fieldKey(name: FieldName): string {
  const parts = Array.isArray(name) ? name : [name];
  return parts.reduce<string>((key, part) => {
    if (typeof part === 'number') return `${key}[${part}]`;
    return key === '' ? part : `${key}.${part}`;
  }, '');
}

/** The top-level field a service's field name belongs to: `people[0].personId` → `people`. */
function rootOf(key: string): string {
  return key.split(/[.[]/)[0];
}

/**
 * What a problem says about each field, in the interface language: a broken rule as `CODE: message` (so the
 * user can name the rule to the office), an invalid field as the service's message.
 */
export function problemsByField(error: unknown, language: Language): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  if (!(error instanceof Problem)) return byField;
  const add = (field: string | undefined, text: string) => {
    if (!field) return;
    byField.set(field, [...(byField.get(field) ?? []), text]);
  };
  error.violations.forEach((violation) => add(violation.field, `${violation.code}: ${local(violation.message, language)}`));
  error.errors.forEach((fieldError) => add(fieldError.field, fieldError.message));
  return byField;
}

/**
 * Puts a problem's messages next to the fields they name (`validateStatus="error"` and `help` on the Form.Item),
 * in the current language. A field's message goes away once the user changes that field, so it never hides
 * the form's own checks of the new value.
 */
export function useFieldProblems(error: unknown) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  const byField = useMemo(() => problemsByField(error, language), [error, language]);
  const [edited, setEdited] = useState<{ error: unknown; roots: Set<string> }>({ error, roots: new Set() });
  // A new problem shows in full again, whatever was edited after the previous one.
  const roots = edited.error === error ? edited.roots : new Set<string>();

  /**
   * The Form.Item props for one field: its messages, and those of its parts (`countries[1]` for `countries`)
   * unless `exact` (a list whose rows show their own).
   */
  const field = (name: FieldName, options: { exact?: boolean } = {}): Pick<FormItemProps, 'validateStatus' | 'help'> => {
    const key = fieldKey(name);
    if (roots.has(rootOf(key))) return {};
    const messages = [...byField.entries()]
      .filter(([field]) => field === key || (!options.exact && (field.startsWith(`${key}[`) || field.startsWith(`${key}.`))))
      .flatMap(([, texts]) => texts);
    return messages.length > 0 ? { validateStatus: 'error', help: messages.join(' ') } : {};
  };

  /** For the Form's `onValuesChange`: the fields just changed lose their messages. */
  const onValuesChange = (changed: Record<string, unknown>) =>
    setEdited({ error, roots: new Set([...roots, ...Object.keys(changed)]) });

  return { field, onValuesChange };
}

export type FieldProblems = ReturnType<typeof useFieldProblems>['field'];
