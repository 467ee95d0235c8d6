import { configure, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../../i18n';
import type { Me } from '../../../me';
import { renderPage } from '../../../test/render';
import { recordRoutes } from '.';
import { recordTexts } from './texts';

/*
 * Helpers for the records pages' tests only. antd renders slowly in jsdom and the test machine may be busy:
 * lookups wait longer than the default second, role queries skip the visibility check (computing styles up
 * the tree is what makes them slow), and tests get a generous timeout.
 */
configure({ asyncUtilTimeout: 60000, defaultHidden: true });

export const SLOW = { timeout: 300000 };

/** A user-event session that types without pausing between keys. */
export function typist() {
  return userEvent.setup({ delay: null });
}

/** Replaces an input's text at once. */
export function fill(input: HTMLElement, text: string): void {
  fireEvent.change(input, { target: { value: text } });
}

/** The people the records pages are tested as (the demo accounts' roles and units). */
export const PEOPLE = {
  officer: { subject: 'officer', name: 'Officer Li', roles: ['FAO_OFFICER'], session: true },
  director: { subject: 'director', name: 'Director Wang', roles: ['FAO_DIRECTOR'], session: true },
  clerk: { subject: 'clerk', name: 'Clerk Zhao', roles: ['UNIT_CLERK'], unit: 'U-EDU', session: true },
  signatory: { subject: 'signatory', name: 'Signatory Qian', roles: ['UNIT_SIGNATORY'], unit: 'U-EDU', session: true },
  auditor: { subject: 'auditor', name: 'Auditor Sun', roles: ['AUDITOR'], session: true },
  admin: { subject: 'admin', name: 'Admin Zhou', roles: ['ADMIN'], session: true },
  /** An officer who also audits: an auditor never acts, whatever else the token holds. */
  officerAuditor: { subject: 'oa', name: 'Officer Auditor', roles: ['FAO_OFFICER', 'AUDITOR'], session: true },
} satisfies Record<string, Me>;

/** The records texts as the travel area will merge them (namespace travel, key records). */
export function loadRecordTexts(): void {
  for (const language of ['zh', 'en'] as const) {
    i18n.addResourceBundle(language, 'travel', { records: recordTexts[language] }, true, true);
  }
}

/** Renders the console's records routes at `path` for a user, in English unless told. */
export function renderRecords(path: string, me: Me, language: 'zh' | 'en' = 'en') {
  loadRecordTexts();
  return renderPage(<></>, {
    me,
    path,
    language,
    routes: [{ path: '/', children: [...recordRoutes, { path: '*', element: <div>elsewhere</div> }] }],
  });
}

/** Picks `option` in the antd select labelled `label` inside `container` (opened as a mouse user does). */
export async function choose(label: string | RegExp, option: string, container: HTMLElement = document.body) {
  fireEvent.mouseDown(within(container).getByLabelText(label));
  const options = await screen.findAllByTitle(option);
  fireEvent.click(options[options.length - 1]);
}

/** Types a day into the antd date picker labelled `label` and confirms it, as a keyboard user does. */
export function pickDate(label: string | RegExp, day: string): void {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value: day } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

/** The help text antd shows under the field of `input` (its messages, the problem's among them). */
export function helpOf(input: HTMLElement): string {
  const help = document.getElementById(`${input.id}_help`);
  return help?.textContent ?? '';
}

/** The requests the fake server got for a method and path (any query). */
export function requests<C extends { method: string; url: URL }>(calls: C[], method: string, path: string): C[] {
  return calls.filter((call) => call.method === method && call.url.pathname === path);
}

export { within };

/** The data rows of the table (not its header or antd's measuring row). */
export function dataRows(): HTMLElement[] {
  return screen.getAllByRole('row').filter((row) => row.hasAttribute('data-row-key'));
}

/** Types the values into the antd tags select `input`, separated by commas (which make each a tag). */
export function addTags(input: HTMLElement, values: string[]): void {
  fireEvent.change(input, { target: { value: `${values.join(',')},` } });
}
