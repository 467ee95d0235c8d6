import '../testing/timeouts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { ActivityListPage } from './ActivityListPage';
import { HELD_CAMP, PLANNED_FROM_DELEGATION, USERS, YORBA_LINDA, page } from '../testing/fixtures';

const BASE = '/api/sister-cities';

function activities(extra: Record<string, unknown> = {}, actions?: boolean) {
  const strip = <T extends { actions?: unknown }>(activity: T) => (actions === false ? { ...activity, actions: [] } : activity);
  return fakeServer({
    [`GET ${BASE}/activities`]: page([strip(PLANNED_FROM_DELEGATION), strip(HELD_CAMP)], 42),
    [`GET ${BASE}/partner-cities`]: page([YORBA_LINDA]),
    ...extra,
  });
}

async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  fireEvent.click(await screen.findByTitle(option));
}

describe('the exchange activities', () => {
  it('lists the activities with their partner, status, origin and the outcome of those held', async () => {
    activities();
    renderPage(<ActivityListPage />, { me: USERS.auditor });
    const table = await screen.findByRole('table', { name: 'Exchange activities' });
    const planned = (await within(table).findByText('Education exchange in Yorba Linda')).closest('tr') as HTMLElement;
    expect(within(planned).getByText('Planned')).toBeInTheDocument();
    expect(within(planned).getByText('From Travel delegation D-2027-0042')).toBeInTheDocument();
    expect(await within(planned).findByRole('link', { name: 'Yorba Linda' })).toHaveAttribute('href', '/sister-cities/partners/P-YL');
    const held = within(table).getByText('Yorba Linda students’ summer camp').closest('tr') as HTMLElement;
    expect(within(held).getByText('30 students visited')).toBeInTheDocument();
    expect(within(held).getByText('#summer-camp')).toBeInTheDocument();
    expect(screen.getByText('42 in all')).toBeInTheDocument();
  });

  it('sends the filters as the API names them', async () => {
    const server = activities();
    renderPage(<ActivityListPage />, { me: USERS.officer });
    await screen.findByText('Education exchange in Yorba Linda');
    await choose('Direction', 'Inbound (they come here)');
    await choose('Status', 'Held');
    await choose('Cooperation field', 'Culture and arts');
    const year = String(new Date().getFullYear() - 1);
    await choose('Year', year);
    fireEvent.change(screen.getByLabelText('Keyword'), { target: { value: 'city-week' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(server.calls.some((call) => call.url.searchParams.get('tag') === 'city-week')).toBe(true));
    const search = server.calls.find((call) => call.url.searchParams.get('tag') === 'city-week')!.url.searchParams;
    expect(Object.fromEntries(search)).toEqual({ direction: 'INBOUND', status: 'HELD', field: 'CULTURE_AND_ARTS', tag: 'city-week', year, page: '0', size: '20' });
  });

  it('marks a planned activity held with its outcome, against the version seen', async () => {
    const server = activities({
      [`POST ${BASE}/activities/A-1/held`]: () => ({ status: 200, body: { ...PLANNED_FROM_DELEGATION, status: 'HELD' } }),
    });
    renderPage(<ActivityListPage />, { me: USERS.officer });
    const planned = (await screen.findByText('Education exchange in Yorba Linda')).closest('tr') as HTMLElement;
    const held = screen.getByText('Yorba Linda students’ summer camp').closest('tr') as HTMLElement;
    expect(within(held).queryByRole('button')).not.toBeInTheDocument();
    fireEvent.click(within(planned).getByRole('button', { name: 'Mark held: Education exchange in Yorba Linda' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Outcome (Chinese)'), { target: { value: '签署教育合作备忘录' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    const post = server.calls.find((call) => call.method === 'POST')!;
    expect(post.url.pathname).toBe(`${BASE}/activities/A-1/held`);
    expect(post.headers.get('If-Match')).toBe('"2"');
    expect(post.body).toEqual({ startDate: '2027-03-10', endDate: '2027-03-15', outcome: { zh: '签署教育合作备忘录' } });
    expect(await screen.findByText('Done')).toBeInTheDocument();
  });

  it('cancels a planned activity with the reason', async () => {
    const server = activities({
      [`POST ${BASE}/activities/A-1/cancel`]: () => ({ status: 200, body: { ...PLANNED_FROM_DELEGATION, status: 'CANCELLED' } }),
    });
    renderPage(<ActivityListPage />, { me: USERS.officer });
    const planned = (await screen.findByText('Education exchange in Yorba Linda')).closest('tr') as HTMLElement;
    fireEvent.click(within(planned).getByRole('button', { name: 'Cancel activity: Education exchange in Yorba Linda' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Trip called off' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    expect(server.calls.find((call) => call.method === 'POST')!.body).toEqual({ reason: 'Trip called off' });
  });

  it('offers no acts the service does not list for the caller', async () => {
    activities({}, false);
    renderPage(<ActivityListPage />, { me: USERS.director });
    const table = await screen.findByRole('table', { name: 'Exchange activities' });
    await within(table).findByText('Education exchange in Yorba Linda');
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Plan an activity' })).not.toBeInTheDocument();
  });
});
