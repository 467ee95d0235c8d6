import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, ME, renderPage } from '../../test/render';
import { admin } from '.';
import { SLOW, USERS } from './shared/testing';
import { texts } from './texts';

const menuFor = (me: (typeof USERS)[keyof typeof USERS]) => admin.menu.filter((entry) => entry.visible(me)).map((entry) => entry.path);

/** Every key of a text tree, plural forms (`_one`, `_other`) counted as their base key. */
function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return [
    ...new Set(
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(one|other)$/, '')}`],
      ),
    ),
  ].sort();
}

describe('the administration area', SLOW, () => {
  it('shows each role its menu entries and home card', () => {
    expect(menuFor(USERS.admin)).toEqual(['/admin/policy', '/admin/calendar', '/admin/users', '/admin/audit', '/admin/dead-letters']);
    expect(menuFor(USERS.auditor)).toEqual(['/admin/policy', '/admin/calendar', '/admin/audit', '/admin/dead-letters']);
    expect(menuFor(ME.clerk)).toEqual(['/admin/policy', '/admin/calendar']);
    expect(admin.home!.visible(USERS.admin)).toBe(true);
    expect(admin.home!.visible(USERS.auditor)).toBe(true);
    expect(admin.home!.visible(ME.director)).toBe(false);
  });

  it('keeps the users page from the auditor', async () => {
    fakeServer({});
    renderPage(<></>, { me: USERS.auditor, path: '/admin/users', routes: admin.routes });
    expect(await screen.findByText('Your roles do not open this page.')).toBeInTheDocument();
  });

  it('keeps the audit trail from other staff', async () => {
    const server = fakeServer({});
    renderPage(<></>, { me: ME.director, path: '/admin/audit', routes: admin.routes });
    expect(await screen.findByText('Your roles do not open this page.')).toBeInTheDocument();
    expect(server.calls).toHaveLength(0);
  });

  it('has every text in Chinese and English', () => {
    expect(keys(texts.zh)).toEqual(keys(texts.en));
  });
});
