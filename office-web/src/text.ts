import type { LocalText } from './api/http';

export type Language = 'zh' | 'en';

/** The text in the interface language, else in the other one, else empty. */
export function local(text: LocalText | string | undefined | null, language: Language): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return (language === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh)) ?? '';
}

/** `PASSPORTS_ISSUED` → `Passports issued`, for a state the translations do not name yet. */
export function humanize(code: string): string {
  const words = code.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
