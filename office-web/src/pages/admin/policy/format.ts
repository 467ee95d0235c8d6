import type { PolicyValue } from './api';

type Translate = (key: string, options: { ns: string; defaultValue: string }) => string;

/** `4 countries` / `4 个国家`: the unit named in the interface language, as the API spells it otherwise. */
export function valueWithUnit(t: Translate, value: PolicyValue | number, unit: string): string {
  const number = typeof value === 'number' ? value : value.value;
  return `${number} ${unitName(t, unit)}`;
}

export function unitName(t: Translate, unit: string): string {
  return t(`policy.units.${unit}`, { ns: 'admin', defaultValue: unit });
}
