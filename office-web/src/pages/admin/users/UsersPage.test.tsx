import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { SLOW, USERS, button, dialog, fill, heading, page, typist } from '../shared/testing';
import type { UserView } from './api';
import { UsersPage } from './UsersPage';

const route = '/admin/users';

const alice: UserView = {
  username: 'alice',
  roles: ['UNIT_CLERK'],
  unit: 'U-EDU',
  enabled: true,
  createdAt: '2026-11-20T02:00:00Z',
  createdBy: 'admin',
};
const bob: UserView = { username: 'bob', roles: ['AUDITOR', 'FAO_DIRECTOR'], enabled: false, createdAt: '2026-11-21T02:00:00Z', createdBy: 'admin' };

/** Chooses options of an antd multiple Select by their text. */
async function choose(select: HTMLElement, ...options: string[]) {
  fireEvent.mouseDown(select);
  for (const option of options) {
    const item = await waitFor(() => {
      const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((element) => element.textContent === option);
      if (!found) throw new Error(`no option ${option}`);
      return found;
    });
    fireEvent.click(item);
  }
}

function fieldOf(form: HTMLElement, label: string): HTMLElement {
  return within(form).getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

describe('user administration', SLOW, () => {
  it('list the accounts a page at a time with their roles, unit and state', async () => {
    const server = fakeServer({ 'GET /api/identity/users': (_: unknown, url: URL) => ({ status: 200, body: page([alice, bob], 45, Number(url.searchParams.get('page')), 20) }) });
    renderPage(<UsersPage />, { me: USERS.admin, path: route, route });

    const row = (await screen.findByText('alice')).closest('tr')!;
    expect(within(row).getByText('Unit clerk')).toBeInTheDocument();
    expect(within(row).getByText('U-EDU')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
    const other = screen.getByText('bob').closest('tr')!;
    expect(within(other).getByText('Disabled')).toBeInTheDocument();
    expect(within(other).getByText('FAO director')).toBeInTheDocument();
    expect(screen.getByText('45 in all')).toBeInTheDocument();
    expect(server.calls[0].url.search).toBe('?page=0&size=20');

    fireEvent.click(screen.getByTitle('2'));
    await waitFor(() => expect(server.calls.at(-1)!.url.search).toBe('?page=1&size=20'));
  });

  it('open an account with its roles and unit, and show every field the API refuses', async () => {
    const server = fakeServer({
      'GET /api/identity/users': page([alice]),
      'POST /api/identity/users': () => ({
        status: 400,
        body: {
          type: 'urn:waishi:problem:validation',
          title: 'Invalid request',
          status: 400,
          errors: [
            { field: 'password', message: 'must not be blank or the username' },
            { field: 'unit', message: "must be 1-64 characters: letters, digits, '.', '_' or '-'" },
          ],
        },
      }),
    });
    renderPage(<UsersPage />, { me: USERS.admin, path: route, route });

    await typist().click(await button('New user'));
    const form = await dialog('New user');
    fill(within(form).getByLabelText('Username'), 'carol');
    fill(within(form).getByLabelText('Initial password'), 'carolcarol');
    await choose(within(form).getByLabelText('Roles'), 'Unit clerk (UNIT_CLERK)');
    await typist().click(await button('New user', form));
    // A unit clerk acts for a unit: asked before any call.
    expect(await within(form).findByText('Unit clerks and unit signatories need a unit')).toBeInTheDocument();
    expect(server.calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    fill(within(form).getByLabelText('Unit'), 'U EDU');
    await typist().click(await button('New user', form));
    expect(await within(fieldOf(form, 'Initial password')).findByText('must not be blank or the username')).toBeInTheDocument();
    // Both messages come from the one answer, but antd shows each field's message on its own render.
    expect(await within(fieldOf(form, 'Unit')).findByText("must be 1-64 characters: letters, digits, '.', '_' or '-'")).toBeInTheDocument();
    const sent = server.calls.find((call) => call.method === 'POST')!;
    expect(sent.body).toEqual({ username: 'carol', password: 'carolcarol', roles: ['UNIT_CLERK'], unit: 'U EDU' });
  });

  it('say so next to the username when it is taken', async () => {
    fakeServer({
      'GET /api/identity/users': page([alice]),
      'POST /api/identity/users': () => ({ status: 409, body: { type: 'urn:waishi:problem:duplicate', title: 'Already exists', status: 409 } }),
    });
    renderPage(<UsersPage />, { me: USERS.admin, path: route, route });

    await typist().click(await button('New user'));
    const form = await dialog('New user');
    fill(within(form).getByLabelText('Username'), 'alice');
    fill(within(form).getByLabelText('Initial password'), 'a-long-password');
    await choose(within(form).getByLabelText('Roles'), 'Auditor (AUDITOR)');
    await typist().click(await button('New user', form));

    expect(await within(fieldOf(form, 'Username')).findByText('This username is taken')).toBeInTheDocument();
  });

  it('change roles and unit, reset a password and disable an account', async () => {
    const server = fakeServer({
      'GET /api/identity/users': page([alice]),
      'POST /api/identity/users/alice/assign-roles': (body: unknown) => ({ status: 200, body: { ...alice, ...(body as object) } }),
      // The service answers 204; the fake server cannot send an empty 204, any success does.
      'POST /api/identity/users/alice/reset-password': () => ({ status: 200, body: {} }),
      'POST /api/identity/users/alice/disable': () => ({ status: 200, body: { ...alice, enabled: false } }),
    });
    renderPage(<UsersPage />, { me: USERS.admin, path: route, route });

    await typist().click(await button('Roles and unit: alice'));
    let form = await dialog('Roles and unit of alice');
    await choose(within(form).getByLabelText('Roles'), 'Unit signatory (UNIT_SIGNATORY)');
    await typist().click(await button('Save', form));
    await screen.findByText('Roles and unit of alice updated');
    expect(server.calls.find((call) => call.url.pathname.endsWith('/assign-roles'))!.body).toEqual({ roles: ['UNIT_CLERK', 'UNIT_SIGNATORY'], unit: 'U-EDU' });

    await typist().click(await button('Reset password: alice'));
    form = await dialog('Reset the password of alice');
    fill(within(form).getByLabelText('New password'), 'fresh-password-1');
    fill(within(form).getByLabelText('Confirm new password'), 'fresh-password-1');
    await typist().click(await button('Reset password', form));
    await screen.findByText('Password of alice reset');
    expect(server.calls.find((call) => call.url.pathname.endsWith('/reset-password'))!.body).toEqual({ password: 'fresh-password-1' });

    await typist().click(await button('Disable: alice'));
    await typist().click(await button('Confirm'));
    await screen.findByText('alice disabled');
    expect(server.calls.some((call) => call.method === 'POST' && call.url.pathname === '/api/identity/users/alice/disable')).toBe(true);
  });

  it('speak Chinese', async () => {
    fakeServer({ 'GET /api/identity/users': page([alice]) });
    renderPage(<UsersPage />, { me: USERS.admin, path: route, route, language: 'zh' });

    const row = (await screen.findByText('alice')).closest('tr')!;
    expect(await heading('用户管理', 2)).toBeInTheDocument();
    expect(within(row).getByText('单位经办人')).toBeInTheDocument();
    expect(within(row).getByText('启用')).toBeInTheDocument();
    expect(within(row).getByText('重置密码')).toBeInTheDocument();
  });
});
