import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { SLOW, USERS, button, fill, heading, page, typist } from '../shared/testing';
import type { AuditRecord } from './api';
import { AuditPage } from './AuditPage';

const route = '/admin/audit';

const withdrawal: AuditRecord = {
  sequence: 32,
  entryId: 'a50f103a',
  at: '2026-11-29T17:14:44.781Z',
  actor: { userId: 'clerk-U-EDU', roles: ['UNIT_CLERK'], unit: 'U-EDU', system: false },
  act: 'POST /api/travel/delegations/{id}/withdraw',
  objectType: 'delegations',
  aggregateType: 'Delegation',
  objectId: '5ed62c32',
  version: 3,
  state: { field: 'status', from: 'SIGNED', to: 'WITHDRAWN' },
  changes: [
    { path: 'status', from: 'SIGNED', to: 'WITHDRAWN' },
    { path: 'plan.members', to: [{ name: '[personal data]', post: 'Deputy director' }] },
    { path: 'holderName', from: '[personal data]', to: '[personal data]' },
  ],
  reason: 'The partner board postponed the talks',
  previousHash: 'b274497f',
  hash: 'f243a240',
};

const lastAuditCall = (calls: { url: URL }[]) => calls.filter((call) => call.url.pathname.endsWith('/audit')).at(-1)!;

describe('audit trail', SLOW, () => {
  beforeEach(() => localStorage.clear());

  it('search a service’s trail by object, type, user and office days', async () => {
    const server = fakeServer({ 'GET /api/*/audit': page([withdrawal]) });
    renderPage(<AuditPage />, { me: USERS.auditor, path: `${route}?service=travel&objectId=5ed62c32&user=clerk-U-EDU&fromDay=2026-11-01&toDay=2026-11-30`, route });

    await screen.findByText('POST /api/travel/delegations/{id}/withdraw');
    const first = lastAuditCall(server.calls);
    expect(first.url.pathname).toBe('/api/travel/audit');
    // Office days in Asia/Shanghai: from the first day's midnight, to (exclusive) the midnight after the last.
    expect(Object.fromEntries(first.url.searchParams)).toEqual({
      objectId: '5ed62c32',
      user: 'clerk-U-EDU',
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
      page: '0',
      size: '20',
    });

    fill(screen.getByLabelText('Object type'), 'Delegation');
    fill(screen.getByLabelText('Object id'), '');
    await typist().click(await button('Search'));
    await waitFor(() => expect(lastAuditCall(server.calls).url.searchParams.get('objectType')).toBe('Delegation'));
    expect(lastAuditCall(server.calls).url.searchParams.has('objectId')).toBe(false);
    expect(lastAuditCall(server.calls).url.searchParams.get('user')).toBe('clerk-U-EDU');

    fireEvent.click(within(document.querySelector('.ant-tabs-nav') as HTMLElement).getByText('Receptions'));
    await waitFor(() => expect(lastAuditCall(server.calls).url.pathname).toBe('/api/receptions/audit'));
  });

  it('show who did what, when on the office clock, and what changed, personal data withheld', async () => {
    fakeServer({ 'GET /api/travel/audit': page([withdrawal]) });
    renderPage(<AuditPage />, { me: USERS.admin, path: `${route}?service=travel`, route });

    const row = (await screen.findByText('POST /api/travel/delegations/{id}/withdraw')).closest('tr')!;
    expect(within(row).getByText('2026-11-30 01:14')).toBeInTheDocument();
    expect(within(row).getByText('clerk-U-EDU')).toBeInTheDocument();
    expect(within(row).getByText('Unit clerk')).toBeInTheDocument();
    expect(within(row).getByText('U-EDU')).toBeInTheDocument();
    expect(within(row).getByText('Delegation')).toBeInTheDocument();
    expect(within(row).getByText('SIGNED')).toBeInTheDocument();
    expect(within(row).getByText('WITHDRAWN')).toBeInTheDocument();
    expect(within(row).getByText('plan.members')).toBeInTheDocument();
    expect(within(row).getByText('The partner board postponed the talks')).toBeInTheDocument();

    fireEvent.click(row.querySelector('.ant-table-row-expand-icon')!);
    const changes = (await screen.findByText('Changes of record 32')).closest('.ant-table-wrapper') as HTMLElement;
    const holder = within(changes).getByText('holderName').closest('tr')!;
    expect(within(holder).getAllByText('Personal data (withheld)')).toHaveLength(2);
    expect(screen.getByText('f243a240')).toBeInTheDocument();
  });

  it('verify the chain and say where it breaks', async () => {
    let intact = true;
    const server = fakeServer({
      'GET /api/travel/audit/verify': () => ({
        status: 200,
        body: intact
          ? { intact: true, recordsChecked: 32, lastSequence: 32, headHash: 'f243a240' }
          : { intact: false, recordsChecked: 16, lastSequence: 16, headHash: '9c0e', firstBrokenSequence: 17, problem: 'its content does not match its hash' },
      }),
      'GET /api/travel/audit': page([withdrawal]),
    });
    renderPage(<AuditPage />, { me: USERS.auditor, path: `${route}?service=travel`, route });

    await typist().click(await button('Verify the chain'));
    expect(await screen.findByText('Chain intact: 32 records checked, last sequence 32')).toBeInTheDocument();
    expect(screen.getByText('f243a240', { selector: '.ant-alert *' })).toBeInTheDocument();
    expect(server.calls.some((call) => call.url.pathname === '/api/travel/audit/verify')).toBe(true);

    intact = false;
    await typist().click(await button('Verify the chain'));
    expect(await screen.findByText('Chain broken at sequence 17: its content does not match its hash')).toBeInTheDocument();
    expect(screen.getByText('9c0e')).toBeInTheDocument();
  });

  it('speak Chinese', async () => {
    fakeServer({ 'GET /api/travel/audit': page([withdrawal]) });
    renderPage(<AuditPage />, { me: USERS.auditor, path: `${route}?service=travel`, route, language: 'zh' });

    const row = (await screen.findByText('POST /api/travel/delegations/{id}/withdraw')).closest('tr')!;
    expect(await heading('审计日志', 2)).toBeInTheDocument();
    expect(within(row).getByText('单位经办人')).toBeInTheDocument();
    expect(screen.getByText('校验哈希链')).toBeInTheDocument();
    expect(screen.getByText('因公出访')).toBeInTheDocument();
  });
});
