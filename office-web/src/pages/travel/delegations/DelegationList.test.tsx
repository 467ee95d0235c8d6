import '../testing/setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, ME, renderPage } from '../../../test/render';
import { aDelegation, page } from '../testing/fixtures';
import { DelegationList } from './DelegationList';

const routes = [
  { path: '/travel/delegations', element: <DelegationList /> },
  { path: '/travel/delegations/:id', element: <div>detail page</div> },
  { path: '/travel/delegations/new', element: <div>editor page</div> },
];

function listCalls(server: ReturnType<typeof fakeServer>) {
  return server.calls.filter((call) => call.method === 'GET' && call.url.pathname === '/api/travel/delegations');
}

describe('the delegation list', () => {
  it('shows a row per file with its state, countries and flags, and asks for the first page', async () => {
    const server = fakeServer({
      'GET /api/travel/delegations': page(
        [
          aDelegation(),
          aDelegation({
            id: 'D2',
            title: { zh: '赴哈萨克斯坦经贸', en: 'Trade mission to Kazakhstan' },
            unit: 'U-MACHINERY',
            destinationCountries: ['KZ'],
            status: 'APPROVED',
            greenChannel: true,
            deadlines: [{ kind: 'TRIP_REPORT', dueOn: '2027-01-05', state: 'MISSED' }],
          }),
        ],
        45,
      ),
    });
    renderPage(<DelegationList />, { me: ME.clerk, path: '/travel/delegations', routes });

    const table = await screen.findByRole('table', { name: 'Delegation files' });
    const trade = (await within(table).findByRole('link', { name: 'Trade mission to Kazakhstan' })).closest('tr') as HTMLElement;
    expect(within(trade).getByText('Approved')).toBeInTheDocument();
    expect(within(trade).getByText('KZ')).toBeInTheDocument();
    expect(within(trade).getByText('Green channel')).toBeInTheDocument();
    expect(within(trade).getByText(/Missed: Trip report 2027-01-05/)).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Education exchange with Yorba Linda' })).toBeInTheDocument();
    expect(screen.getByText('45 in all')).toBeInTheDocument();
    expect(listCalls(server)[0].url.searchParams.toString()).toBe('page=0&size=20');
    // A clerk may start a new file; the unit filter is for the office's staff only.
    expect(screen.getByRole('button', { name: /New delegation/ })).toBeInTheDocument();
    expect(screen.queryByLabelText('Unit')).not.toBeInTheDocument();
  });

  it('asks for the page the user turns to, with the filters in the address', async () => {
    const server = fakeServer({ 'GET /api/travel/delegations': page([aDelegation()], 45) });
    renderPage(<DelegationList />, { me: ME.clerk, path: '/travel/delegations?status=SIGNED&status=ACCEPTED&greenChannel=true', routes });
    await screen.findByRole('link', { name: 'Education exchange with Yorba Linda' });
    const first = listCalls(server)[0].url.searchParams;
    expect(first.getAll('status')).toEqual(['SIGNED', 'ACCEPTED']);
    expect(first.get('greenChannel')).toBe('true');

    await userEvent.click(screen.getByTitle('3'));
    await waitFor(() => expect(listCalls(server).some((call) => call.url.searchParams.get('page') === '2')).toBe(true));
    const third = listCalls(server).at(-1)!.url.searchParams;
    expect(third.get('size')).toBe('20');
    expect(third.getAll('status')).toEqual(['SIGNED', 'ACCEPTED']);
  });

  it('opens a file from its row', async () => {
    fakeServer({ 'GET /api/travel/delegations': page([aDelegation()]) });
    renderPage(<DelegationList />, { me: ME.clerk, path: '/travel/delegations', routes });
    const link = await screen.findByRole('link', { name: 'Education exchange with Yorba Linda' });
    await userEvent.click(link.closest('tr')!.querySelector('td:nth-child(2)')!);
    expect(await screen.findByText('detail page')).toBeInTheDocument();
  });

  it('lets the office filter by unit and names the columns in Chinese', async () => {
    fakeServer({
      'GET /api/travel/delegations': page([aDelegation()]),
      'GET /api/travel/units': page([{ code: 'U-EDU', name: { zh: '教育局', en: 'Education Bureau' }, kind: 'GOVERNMENT_BUREAU', simplifiedApprovalPath: false }]),
    });
    renderPage(<DelegationList />, { me: ME.director, path: '/travel/delegations', routes, language: 'zh' });
    expect(await screen.findByRole('table', { name: '出访团组列表' })).toBeInTheDocument();
    expect(screen.getByLabelText('单位')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '团组名称' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新建出访团组/ })).not.toBeInTheDocument();
  });
});
