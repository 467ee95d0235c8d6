/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { Me } from '../../../me';
import { recordMenu, recordRoutes, recordTexts } from '.';
import { ENUMS } from './shared/enums';
import { PEOPLE } from './testing';

type Tree = { [key: string]: string | Tree };

/** Every key of a text tree, English plural forms (`_one`, `_other`) read as their base key. */
function keys(tree: Tree, prefix = ''): string[] {
  return [
    ...new Set(
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string' ? [`${prefix}${key.replace(/_(one|other)$/, '')}`] : keys(value, `${prefix}${key}.`),
      ),
    ),
  ].sort();
}

const sources = import.meta.glob(['./**/*.tsx', './**/*.ts', '!./**/*.test.tsx', '!./testing.tsx'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

describe('the records texts', () => {
  it('carry the same keys in Chinese and English', () => {
    expect(keys(recordTexts.en as Tree)).toEqual(keys(recordTexts.zh as Tree));
  });

  it('name every code the service answers with, in both languages', () => {
    for (const language of ['zh', 'en'] as const) {
      const names = recordTexts[language].enum as Record<string, Record<string, string>>;
      for (const [group, codes] of Object.entries(ENUMS)) {
        for (const code of codes) {
          expect(names[group]?.[code], `${language} ${group}.${code}`).toBeTruthy();
        }
      }
    }
  });

  it('hold every key the pages ask for', () => {
    const known = new Set(keys(recordTexts.en as Tree).map((key) => `records.${key}`));
    const used = Object.values(sources).flatMap((source) => [...source.matchAll(/'(records\.[A-Za-z0-9_.]+)'/g)].map((match) => match[1]));
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});

describe('the records menu and routes', () => {
  const visibleTo = (me: Me) => recordMenu.filter((entry) => entry.visible(me)).map((entry) => entry.path);

  it('shows unit staff their unit’s records, not the unit register', () => {
    expect(visibleTo(PEOPLE.clerk)).toEqual(['/travel/deadlines', '/travel/passports', '/travel/authorisations', '/travel/plans']);
    expect(visibleTo(PEOPLE.signatory)).toEqual(visibleTo(PEOPLE.clerk));
  });

  it('shows the office, administrators and auditors everything', () => {
    const all = ['/travel/deadlines', '/travel/passports', '/travel/authorisations', '/travel/plans', '/travel/units'];
    for (const me of [PEOPLE.officer, PEOPLE.director, PEOPLE.admin, PEOPLE.auditor]) {
      expect(visibleTo(me)).toEqual(all);
    }
  });

  it('shows staff of other areas nothing', () => {
    expect(visibleTo({ subject: 's', name: 'Sister', roles: ['SISTER_CITY_OFFICER'], session: true })).toEqual([]);
  });

  it('labels each entry with a text of both languages', () => {
    for (const entry of recordMenu) {
      const key = entry.label.replace(/^records\.menu\./, '') as keyof typeof recordTexts.zh.menu;
      expect(recordTexts.zh.menu[key]).toBeTruthy();
      expect(recordTexts.en.menu[key]).toBeTruthy();
    }
  });

  it('serve each page under the console root', () => {
    expect(recordRoutes.map((route) => route.path)).toEqual([
      'travel/passports',
      'travel/passports/:id',
      'travel/deadlines',
      'travel/authorisations',
      'travel/authorisations/:id',
      'travel/plans',
      'travel/plans/:unit/:year',
      'travel/units',
      'travel/units/:code',
    ]);
  });
});
