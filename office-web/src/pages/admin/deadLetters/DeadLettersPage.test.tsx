import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { SLOW, USERS, button, heading, page, queryButtons, typist } from '../shared/testing';
import type { DeadLetter } from './api';
import { DeadLettersPage } from './DeadLettersPage';

const route = '/admin/dead-letters';

const letter: DeadLetter = {
  id: 'waishi.travel.delegations.DLT-0-7',
  originalTopic: 'waishi.travel.delegations',
  originalPartition: 0,
  originalOffset: 7,
  key: '5ed62c32',
  headers: { ce_id: 'e-1', ce_type: 'io.waishi.travel.delegation.approved' },
  value: '{"delegationId":"5ed62c32"}',
  failure: 'IllegalStateException: partner city unknown',
  deadLetteredAt: '2026-11-29T02:00:00Z',
  status: 'OPEN',
  redriveAttempts: 1,
};

describe('dead letters', SLOW, () => {
  it('list a service’s open dead letters and let the administrator process them again', async () => {
    const server = fakeServer({
      'POST /api/sister-cities/admin/dead-letters/redrive': () => ({ status: 200, body: { redriven: 2, stillFailing: 1 } }),
      'POST /api/sister-cities/admin/dead-letters/*/redrive': () => ({ status: 200, body: { ...letter, status: 'REDRIVEN', redriveAttempts: 2 } }),
      'GET /api/*/admin/dead-letters': page([letter], 3),
    });
    renderPage(<DeadLettersPage />, { me: USERS.admin, path: route, route });

    const row = (await screen.findByText('io.waishi.travel.delegation.approved')).closest('tr')!;
    expect(within(row).getByText('IllegalStateException: partner city unknown')).toBeInTheDocument();
    expect(within(row).getByText('waishi.travel.delegations #0@7')).toBeInTheDocument();
    const list = server.calls.find((call) => call.url.searchParams.get('page') === '0')!;
    expect(list.url.pathname).toBe('/api/sister-cities/admin/dead-letters');
    expect(list.url.searchParams.get('status')).toBe('OPEN');

    await typist().click(await button(`Redrive: ${letter.id}`));
    expect(await screen.findByText(`${letter.id} processed`)).toBeInTheDocument();
    expect(server.calls.some((call) => call.method === 'POST' && call.url.pathname === `/api/sister-cities/admin/dead-letters/${letter.id}/redrive`)).toBe(true);

    await typist().click(await button('Redrive all open'));
    await typist().click(await button('Confirm'));
    expect(await screen.findByText('2 processed, 1 still failing')).toBeInTheDocument();
    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST' && call.url.pathname === '/api/sister-cities/admin/dead-letters/redrive')).toBe(true));
  });

  it('let the auditor read them and nothing more', async () => {
    fakeServer({ 'GET /api/*/admin/dead-letters': page([letter], 1) });
    renderPage(<DeadLettersPage />, { me: USERS.auditor, path: `${route}?service=travel`, route });

    await screen.findByText('io.waishi.travel.delegation.approved');
    expect(screen.getByText('You can read dead letters; only administrators process them again.')).toBeInTheDocument();
    expect(queryButtons(/Redrive/)).toHaveLength(0);
  });

  it('speak Chinese', async () => {
    fakeServer({ 'GET /api/*/admin/dead-letters': page([letter], 1) });
    renderPage(<DeadLettersPage />, { me: USERS.admin, path: route, route, language: 'zh' });

    const row = (await screen.findByText('io.waishi.travel.delegation.approved')).closest('tr')!;
    expect(await heading('死信队列', 2)).toBeInTheDocument();
    expect(within(row).getByText('待处理', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(queryButtons('全部重新处理')).toHaveLength(1);
  });
});
