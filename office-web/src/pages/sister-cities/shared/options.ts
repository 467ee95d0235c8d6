import { useTranslation } from 'react-i18next';
import type { Language } from '../../../text';
import { NS } from './api';

/** Select options for one of the service's enums, named by the area's texts (`<prefix>.<CODE>`). */
export function useEnumOptions(values: readonly string[], prefix: string) {
  const { t } = useTranslation(NS);
  return values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
}

/** The interface language, as the texts and `local()` read it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh';
}
