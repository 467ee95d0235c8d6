import { describe, expect, it } from 'vitest';
import type { Me } from '../../me';
import { publicity } from '.';
import { texts } from './texts';
import { USERS } from './test/fixtures';

const clerk: Me = { subject: 'clerk', name: 'clerk', roles: ['UNIT_CLERK'], unit: 'U-EDU', session: true };
const officer: Me = { subject: 'officer', name: 'officer', roles: ['FAO_OFFICER'], session: true };

function menuFor(me: Me): string[] {
  return publicity.menu.filter((entry) => entry.visible(me)).map((entry) => entry.path);
}

describe('the publicity area', () => {
  it('shows each role the menu entries its roles may open', () => {
    expect(menuFor(USERS.editor)).toEqual(['/publicity/items', '/publicity/items/new', '/publicity/countries']);
    expect(menuFor(USERS.leader)).toEqual(['/publicity/items', '/publicity/countries']);
    expect(menuFor(USERS.auditor)).toEqual(['/publicity/items', '/publicity/countries']);
    expect(menuFor(officer)).toEqual(['/publicity/countries']);
    expect(menuFor(clerk)).toEqual([]);
  });

  it('routes its pages under the console root', () => {
    expect(publicity.routes.map((route) => route.path)).toEqual([
      'publicity',
      'publicity/items',
      'publicity/items/new',
      'publicity/items/:id',
      'publicity/countries',
      'publicity/countries/new',
      'publicity/countries/:code',
    ]);
  });

  it('has every text in Chinese and in English', () => {
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
    expect(keys(texts.en).sort()).toEqual(keys(texts.zh).sort());
    for (const entry of publicity.menu) {
      expect(keys(texts.zh)).toContain(entry.label);
    }
  });
});
