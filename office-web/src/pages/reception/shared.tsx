/**
 * What every reception page shares: the interface language, country names, money, and the API's problems
 * put next to the fields they name (a 422 rule violation or a 400 validation error, by `field`).
 */
import { Typography } from 'antd';
import type { TablePaginationConfig } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Problem, type Page } from '../../api/http';
import { hasAny, type Me } from '../../me';
import { local, type Language } from '../../text';

export const NS = 'reception';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh';
}

// ---- countries ----------------------------------------------------------------------------------------------

const REGION_CODES_THAT_ARE_NO_COUNTRY = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AA']);

/** Every ISO 3166 alpha-2 code the platform can name (the services check the code themselves). */
const COUNTRY_CODES: string[] = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!REGION_CODES_THAT_ARE_NO_COUNTRY.has(code) && names.of(code)) codes.push(code);
    }
  }
  return codes;
})();

const displayNames: Partial<Record<Language, Intl.DisplayNames>> = {};

export function countryName(code: string | undefined, language: Language): string {
  if (!code) return '';
  displayNames[language] ??= new Intl.DisplayNames([language === 'zh' ? 'zh-CN' : 'en'], { type: 'region', fallback: 'code' });
  return displayNames[language]!.of(code) ?? code;
}

export function countryOptions(language: Language) {
  return COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code, language)} (${code})` })).sort((x, y) =>
    x.label.localeCompare(y.label, language === 'zh' ? 'zh-CN' : 'en'),
  );
}

/** Languages as the office writes them (BCP 47), named in the interface language. */
export function languageName(tag: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language === 'zh' ? 'zh-CN' : 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

// ---- money --------------------------------------------------------------------------------------------------

export function yuan(amount: number | undefined | null, language: Language): string {
  if (amount === undefined || amount === null) return '';
  return new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en', { style: 'currency', currency: 'CNY' }).format(amount);
}

// ---- who may change things ----------------------------------------------------------------------------------

/** A reception officer keeps guests, plans, hospitality, letters and resources; an auditor changes nothing. */
export function isReceptionOfficer(me: Me | undefined): boolean {
  return hasAny(me, 'RECEPTION_OFFICER') && !hasAny(me, 'AUDITOR');
}

// ---- problems next to their fields --------------------------------------------------------------------------

/** `countries[]` → `countries`, `items[0].start` stays: the form names the field as the API's bean does. */
function normalise(field: string): string {
  return field.replace(/\[\]$/, '').replace(/\[\]\./g, '.');
}

/**
 * The messages the API gave for `fields` (as it names them: `departureDate`, `title.zh`, `passport.expiryDate`):
 * a rule violation reads "CODE: message" in the interface language (the message names the parameter and its
 * value), a validation error its message.
 */
export function fieldProblems(error: unknown, language: Language, ...fields: string[]): string[] {
  if (!(error instanceof Problem)) return [];
  const wanted = new Set(fields);
  return [
    ...error.violations
      .filter((violation) => violation.field !== undefined && wanted.has(normalise(violation.field)))
      .map((violation) => `${violation.code}: ${local(violation.message, language) || violation.code}`),
    ...error.errors.filter((fieldError) => wanted.has(normalise(fieldError.field))).map((fieldError) => fieldError.message),
  ];
}

/** Form.Item props that show the API's problems for `fields` under the input, or nothing when there are none. */
export function problemProps(error: unknown, language: Language, ...fields: string[]) {
  const messages = fieldProblems(error, language, ...fields);
  if (messages.length === 0) return {};
  return {
    validateStatus: 'error' as const,
    help: (
      <span data-field-problem={fields[0]}>
        {messages.map((message) => (
          <div key={message}>{message}</div>
        ))}
      </span>
    ),
  };
}

/** The problems for a field that is shown, not edited (e.g. the departure date in a visit's facts). */
export function FieldProblems({ error, fields }: { error: unknown; fields: string[] }) {
  const language = useLanguage();
  const messages = fieldProblems(error, language, ...fields);
  if (messages.length === 0) return null;
  return (
    <>
      {messages.map((message) => (
        <Typography.Text key={message} type="danger" style={{ display: 'block' }} role="alert">
          {message}
        </Typography.Text>
      ))}
    </>
  );
}

/** `{zh, en}` from two form fields: absent when neither is given (the services want the Chinese text). */
export function localText(zh: string | undefined, en: string | undefined): { zh: string; en?: string } | undefined {
  const z = zh?.trim() ?? '';
  const e = en?.trim() ?? '';
  if (z === '' && e === '') return undefined;
  return e === '' ? { zh: z } : { zh: z, en: e };
}

/** Empty strings become absent, so an unfilled optional field is not sent. */
export function optional(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

// ---- paging -------------------------------------------------------------------------------------------------

/**
 * The page and size a list asks for, and the Table pagination bound to what the API answered (`page` from 0,
 * `size` clamped by the service, `total`). A new page size starts again from the first page.
 */
export function usePaging(initialSize = 20) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(initialSize);
  const pagination = (answer: Page<unknown> | undefined): TablePaginationConfig => ({
    current: (answer?.page ?? page) + 1,
    pageSize: answer?.size ?? size,
    total: answer?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total) => t('total', { count: total }),
    onChange: (current, pageSize) => {
      setPage(pageSize !== size ? 0 : current - 1);
      setSize(pageSize);
    },
  });
  return { page, size, restart: () => setPage(0), pagination };
}
