import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common';
import { areas } from '../areas';
import type { Language } from '../text';

const STORAGE_KEY = 'waishi.language';

export function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
}

const resources: Record<Language, Record<string, Record<string, unknown>>> = { zh: { common: common.zh }, en: { common: common.en } };
for (const area of areas) {
  resources.zh[area.key] = area.texts.zh;
  resources.en[area.key] = area.texts.en;
}

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: ['common', ...areas.map((area) => area.key)],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export default i18n;
