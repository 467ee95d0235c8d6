import '../testing/setup';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, ME, renderPage } from '../../../test/render';
import { aDelegation, page } from '../testing/fixtures';
import { TravelHomeCard } from './TravelHomeCard';

describe('the travel home card', () => {
  it('lists the files waiting for the user, green channel first, with deadlines and counts', async () => {
    const server = fakeServer({
      'GET /api/travel/delegations/queue': page([
        aDelegation({ id: 'D1', status: 'ACCEPTED', deadlines: [{ kind: 'CORRECTION', dueOn: '2026-12-01', state: 'DUE_SOON' }] }),
        aDelegation({
          id: 'D2',
          title: { zh: '赴哈萨克斯坦经贸', en: 'Trade mission to Kazakhstan' },
          status: 'ACCEPTED',
          greenChannel: true,
          deadlines: [{ kind: 'GREEN_CHANNEL_DECISION', dueOn: '2026-11-30', state: 'MISSED' }],
        }),
      ]),
      'GET /api/travel/deadlines?state=MISSED': [{ delegationId: 'D2' }, { delegationId: 'D7' }, { delegationId: 'D8' }],
      'GET /api/travel/deadlines?state=DUE_SOON': [{ delegationId: 'D1' }],
      'GET /api/travel/delegations': (_body: unknown, url: URL) => ({ status: 200, body: page([], url.searchParams.get('status') === 'ACCEPTED' ? 4 : 0, 1) }),
    });
    renderPage(<TravelHomeCard />, { me: ME.director });

    const queue = await screen.findByRole('table', { name: 'Files waiting for your step' });
    const titles = (await within(queue).findAllByRole('link')).map((link) => link.textContent);
    expect(titles).toEqual(['Trade mission to Kazakhstan', 'Education exchange with Yorba Linda']);
    const green = within(queue).getByRole('link', { name: 'Trade mission to Kazakhstan' }).closest('tr') as HTMLElement;
    expect(within(green).getByText('Green channel')).toBeInTheDocument();
    expect(within(green).getByText(/Missed: Green-channel decision 2026-11-30/)).toBeInTheDocument();
    const other = within(queue).getByRole('link', { name: 'Education exchange with Yorba Linda' }).closest('tr') as HTMLElement;
    expect(within(other).getByText(/Due soon: Correction 2026-12-01/)).toBeInTheDocument();

    const missed = screen.getByText('Deadlines missed').closest('.ant-statistic') as HTMLElement;
    expect(await within(missed).findByText('3')).toBeInTheDocument();
    const dueSoon = screen.getByText('Deadlines due soon').closest('.ant-statistic') as HTMLElement;
    expect(within(dueSoon).getByText('1')).toBeInTheDocument();
    const acceptedCount = screen.getByText('Accepted', { selector: '.ant-statistic-title' }).closest('.ant-statistic') as HTMLElement;
    expect(await within(acceptedCount).findByText('4')).toBeInTheDocument();
    const countCalls = server.calls.filter((call) => call.url.pathname === '/api/travel/delegations');
    expect(countCalls.every((call) => call.url.searchParams.get('size') === '1')).toBe(true);
  });
});
