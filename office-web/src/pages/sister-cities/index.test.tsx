import { describe, expect, it } from 'vitest';
import { sisterCities } from './index';
import { texts } from './texts';
import { USERS } from './testing/fixtures';

/** Every key of a namespace, plural forms (`_one`, `_other`, `_zero`) counted as their base key. */
function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|other)$/, '')}`],
  );
}

describe('the sister-city area', () => {
  it('shows its menu to the readers of relationships only', () => {
    const visible = (user: keyof typeof USERS) => sisterCities.menu.filter((entry) => entry.visible(USERS[user])).map((entry) => entry.path);
    const all = ['/sister-cities/partners', '/sister-cities/activities', '/sister-cities/projects/board', '/sister-cities/plans', '/sister-cities/care'];
    expect(visible('officer')).toEqual(all);
    expect(visible('director')).toEqual(all);
    expect(visible('faoOfficer')).toEqual(all);
    expect(visible('auditor')).toEqual(all);
    expect(visible('clerk')).toEqual([]);
  });

  it('puts its card on the home page of the sister-city officer, the director and the auditor', () => {
    expect(sisterCities.home!.visible(USERS.officer)).toBe(true);
    expect(sisterCities.home!.visible(USERS.director)).toBe(true);
    expect(sisterCities.home!.visible(USERS.auditor)).toBe(true);
    expect(sisterCities.home!.visible(USERS.faoOfficer)).toBe(false);
    expect(sisterCities.home!.visible(USERS.clerk)).toBe(false);
  });

  it('has every text in Chinese and in English', () => {
    const zh = new Set(keys(texts.zh));
    const en = new Set(keys(texts.en));
    expect([...zh].filter((key) => !en.has(key))).toEqual([]);
    expect([...en].filter((key) => !zh.has(key))).toEqual([]);
    for (const entry of sisterCities.menu) {
      expect(zh.has(entry.label)).toBe(true);
    }
  });

  it('routes every page under /sister-cities', () => {
    expect(sisterCities.routes.map((route) => route.path)).toEqual([
      'sister-cities',
      'sister-cities/partners',
      'sister-cities/partners/:id',
      'sister-cities/activities',
      'sister-cities/projects',
      'sister-cities/projects/board',
      'sister-cities/projects/:id',
      'sister-cities/plans',
      'sister-cities/plans/:id',
      'sister-cities/care',
    ]);
  });
});
