import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { SLOW, USERS, button, inDays, page, travelPolicy, typist } from '../shared/testing';
import { AdminHomeCard } from './AdminHomeCard';

function section(title: string): HTMLElement {
  return screen.getByText(title, { selector: 'h3' }).closest('section') as HTMLElement;
}

const openLetters = (_: unknown, url: URL) => ({ status: 200, body: page([], url.pathname.startsWith('/api/travel/') ? 3 : 0) });

describe('the administration card of the home page', SLOW, () => {
  beforeEach(() => localStorage.clear());

  it('show policy values changing soon, open dead letters per service and the last chain checks', async () => {
    localStorage.setItem(
      'waishi.admin.chainChecks',
      JSON.stringify({
        travel: { checkedAt: '2026-11-29T02:00:00Z', result: { intact: true, recordsChecked: 32, lastSequence: 32, headHash: 'f243' } },
        receptions: { checkedAt: '2026-11-29T02:05:00Z', result: { intact: false, recordsChecked: 16, lastSequence: 16, firstBrokenSequence: 17, problem: 'missing' } },
      }),
    );
    const soon = inDays(10);
    fakeServer({ 'GET /api/travel/policy': travelPolicy(soon), 'GET /api/*/admin/dead-letters': openLetters });
    renderPage(<AdminHomeCard />, { me: USERS.auditor });

    const policy = section('Policy values changing soon');
    expect(await within(policy).findByText('MAX_COUNTRIES_PER_TRIP')).toBeInTheDocument();
    expect(within(policy).getByText(`from 3 countries to 4 countries on ${soon}`, { exact: false })).toBeInTheDocument();
    expect(within(policy).getByText('in 10 days')).toBeInTheDocument();
    expect(within(policy).queryByText('MAX_DELEGATION_SIZE')).not.toBeInTheDocument();

    const letters = section('Open dead letters');
    await waitFor(() => expect(within(letters).getByLabelText('Official travel: 3 open dead letters')).toBeInTheDocument());
    expect(within(letters).getByLabelText('Receptions: 0 open dead letters')).toHaveAttribute('href', '/admin/dead-letters?service=receptions');

    const chains = section('Last chain verification');
    expect(within(chains).getByText('Intact (32 records)')).toBeInTheDocument();
    expect(within(chains).getByText('Broken at 17')).toBeInTheDocument();
    expect(within(chains).getAllByText('Not verified in this browser')).toHaveLength(2);
  });

  it('leave out a change scheduled far ahead, and verify every chain on request', async () => {
    const server = fakeServer({
      'GET /api/travel/policy': travelPolicy(inDays(200)),
      'GET /api/*/admin/dead-letters': openLetters,
      'GET /api/*/audit/verify': () => ({ status: 200, body: { intact: true, recordsChecked: 5, lastSequence: 5, headHash: 'ab' } }),
    });
    renderPage(<AdminHomeCard />, { me: USERS.admin });

    expect(await screen.findByText('No parameter changes in the next 60 days')).toBeInTheDocument();
    await typist().click(await button('Verify all now'));
    await waitFor(() => expect(screen.getAllByText('Intact (5 records)')).toHaveLength(4));
    expect(server.calls.filter((call) => call.url.pathname.endsWith('/audit/verify')).map((call) => call.url.pathname)).toEqual([
      '/api/sister-cities/audit/verify',
      '/api/travel/audit/verify',
      '/api/receptions/audit/verify',
      '/api/publicity/audit/verify',
    ]);
  });

  it('speak Chinese', async () => {
    fakeServer({ 'GET /api/travel/policy': travelPolicy(inDays(1)), 'GET /api/*/admin/dead-letters': openLetters });
    renderPage(<AdminHomeCard />, { me: USERS.admin, language: 'zh' });

    expect(await screen.findByText('即将变更的政策参数')).toBeInTheDocument();
    expect(await screen.findByText('1 天后')).toBeInTheDocument();
    expect(screen.getByText('立即全部校验')).toBeInTheDocument();
  });
});
