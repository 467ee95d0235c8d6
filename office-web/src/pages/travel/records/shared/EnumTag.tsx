import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { humanize } from '../../../../text';
import { colourOf, ENUMS, type EnumGroup } from './enums';

/** Names a code of one group in the interface language (`records.enum.<group>.<CODE>`), else spells it out. */
export function useEnumText() {
  const { t } = useTranslation('travel');
  const label = (group: EnumGroup, code: string | undefined | null): string =>
    code ? t(`records.enum.${group}.${code}`, { defaultValue: humanize(code) }) : '';
  const options = (group: EnumGroup, only?: readonly string[]) =>
    (only ?? ENUMS[group]).map((code) => ({ value: code, label: label(group, code) }));
  return { label, options };
}

/** A code as a tag, coloured when it is a state (red for missed or refused, orange for soon due, …). */
export function EnumTag({ group, code }: { group: EnumGroup; code: string | undefined | null }) {
  const { label } = useEnumText();
  if (!code) return null;
  return <Tag color={colourOf(code)}>{label(group, code)}</Tag>;
}
