import type { Language } from '../../../text';

const names = new Map<Language, Intl.DisplayNames>();

function displayNames(language: Language): Intl.DisplayNames {
  let found = names.get(language);
  if (!found) {
    found = new Intl.DisplayNames([language === 'zh' ? 'zh-CN' : 'en'], { type: 'region', fallback: 'none' });
    names.set(language, found);
  }
  return found;
}

/** A country's name in the interface language from its ISO 3166 alpha-2 code (the browser knows them all). */
export function countryName(code: string, language: Language): string {
  return displayNames(language).of(code) ?? code;
}

/** Codes the browser names that are no country: groupings, and the user-assigned ranges (QM–QZ, XA–XZ, ZZ). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'XK']);

let codes: string[] | undefined;

/** Every ISO 3166 alpha-2 country code, from the browser's region names rather than a list kept here. */
function countryCodes(): string[] {
  if (!codes) {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
    const english = displayNames('en');
    codes = letters
      .flatMap((first) => letters.map((second) => first + second))
      .filter((code) => !NOT_COUNTRIES.has(code) && !/^(Q[M-Z]|X.|ZZ)$/.test(code) && english.of(code) !== undefined);
  }
  return codes;
}

/** Options for a country select: the name in the interface language with the code, searchable by both. */
export function countryOptions(language: Language, only?: string[]) {
  return (only ?? countryCodes())
    .map((code) => ({ value: code, label: `${countryName(code, language)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, language === 'zh' ? 'zh-CN' : 'en'));
}
