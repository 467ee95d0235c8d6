import { configure, fireEvent, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import type { Me } from '../../../me';
import { officeToday } from '../../../time';
import type { PolicyParameter } from '../policy/api';

/*
 * Helpers for this area's component tests only: users, answers shaped as the services send them, and input
 * helpers. antd renders slowly in jsdom (and the test machine may be busy), so lookups wait longer than the
 * default second. Role queries by name compute styles for every candidate, which with antd's injected styles takes
 * seconds per query in jsdom: buttons and headings are found by their accessible name with `button`/`heading` below.
 */
configure({ asyncUtilTimeout: 15000, defaultHidden: true });

/** Tests of this area run long: an antd table with a modal can take seconds in jsdom. */
export const SLOW = { timeout: 120000 };

/** A user-event session that types without pausing between keys. */
export function typist() {
  return userEvent.setup({ delay: null });
}

/** The accessible name of a button as a screen reader gets it here: its aria-label, else its text. */
function nameOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function matches(name: string, wanted: string | RegExp): boolean {
  return typeof wanted === 'string' ? name === wanted : wanted.test(name);
}

/** The buttons named so (exactly, or matching the pattern) inside the container, now. */
export function queryButtons(wanted: string | RegExp, container: ParentNode = document.body): HTMLButtonElement[] {
  return [...container.querySelectorAll('button')].filter((button) => matches(nameOf(button), wanted));
}

/** The one button named so, waiting for it to appear. */
export async function button(wanted: string | RegExp, container: ParentNode = document.body): Promise<HTMLButtonElement> {
  return waitFor(() => {
    const found = queryButtons(wanted, container);
    if (found.length !== 1) throw new Error(`${found.length} buttons named ${String(wanted)}`);
    return found[0];
  });
}

/** The heading of the level with that text, waiting for it to appear. */
export async function heading(text: string, level: number): Promise<HTMLElement> {
  return waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>(`h${level}`)].find((element) => element.textContent?.trim() === text);
    if (!found) throw new Error(`no h${level} ${text}`);
    return found;
  });
}

/** The open dialog (antd modal or drawer) whose title is that text. */
export async function dialog(title: string): Promise<HTMLElement> {
  return waitFor(() => {
    const titleElement = [...document.querySelectorAll<HTMLElement>('.ant-modal-title, .ant-drawer-title')].find(
      (element) => element.textContent?.trim() === title,
    );
    const found = titleElement?.closest<HTMLElement>('[role="dialog"]');
    if (!found) throw new Error(`no dialog ${title}`);
    return found;
  });
}

/** Picks a date in an antd DatePicker input by typing it and confirming, as a keyboard user does. */
export function pickDate(input: HTMLElement, date: string): void {
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

/** Replaces an input's text at once. */
export function fill(input: HTMLElement, text: string): void {
  fireEvent.change(input, { target: { value: text } });
}

/** Test users of the roles this area cares about. */
export const USERS: Record<'admin' | 'auditor' | 'officer', Me> = {
  admin: { subject: 'admin', name: 'Admin', roles: ['ADMIN'], session: true },
  auditor: { subject: 'auditor', name: 'Auditor', roles: ['AUDITOR'], session: true },
  officer: { subject: 'officer', name: 'Officer', roles: ['FAO_OFFICER'], session: true },
};

/** A date so many days from today on the office clock. */
export function inDays(days: number): string {
  return dayjs(officeToday()).add(days, 'day').format('YYYY-MM-DD');
}

export function travelPolicy(nextOn: string = inDays(10)): PolicyParameter[] {
  return [
    {
      key: 'MAX_COUNTRIES_PER_TRIP',
      unit: 'countries',
      description: { zh: '最多出访国家（地区）数，过境出境计入', en: 'Countries or regions per trip at most (a transit with exit counts)' },
      current: { value: 3, effectiveFrom: '2000-01-01', source: 'S1', setBy: 'system', setAt: '2026-01-01T00:00:00Z' },
      next: { value: 4, effectiveFrom: nextOn, source: 'Provincial notice 2026/12', setBy: 'admin', setAt: '2026-11-20T02:00:00Z' },
      values: [
        { value: 3, effectiveFrom: '2000-01-01', source: 'S1', setBy: 'system', setAt: '2026-01-01T00:00:00Z' },
        { value: 4, effectiveFrom: nextOn, source: 'Provincial notice 2026/12', setBy: 'admin', setAt: '2026-11-20T02:00:00Z' },
      ],
      version: 2,
    },
    {
      key: 'MAX_DELEGATION_SIZE',
      unit: 'persons',
      description: { zh: '团组人数上限（含翻译）', en: 'Delegation size at most, interpreter included' },
      current: { value: 6, effectiveFrom: '2000-01-01', source: 'S1, S2', setBy: 'system', setAt: '2026-01-01T00:00:00Z' },
      values: [{ value: 6, effectiveFrom: '2000-01-01', source: 'S1, S2', setBy: 'system', setAt: '2026-01-01T00:00:00Z' }],
      version: 0,
    },
  ];
}

export function page<T>(items: T[], total = items.length, pageNumber = 0, size = 20) {
  return { items, page: pageNumber, size, total };
}
