import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { CHANNELS, page, REVIEWED_ITEM, SLOW, SUGGESTED_DRAFT, typist, USERS } from '../test/fixtures';
import { ItemListPage } from './ItemListPage';

const ROUTE = '/publicity/items';

function server() {
  return fakeServer({
    'GET /api/publicity/channels': CHANNELS,
    'GET /api/sister-cities/partner-cities': page([{ id: 'P1', names: { zh: '约巴林达', en: 'Yorba Linda' }, country: 'US' }]),
    'GET /api/publicity/items?state=DRAFT&size=100': page([SUGGESTED_DRAFT, REVIEWED_ITEM]),
    'GET /api/publicity/items': page([REVIEWED_ITEM]),
  });
}

function listCalls(calls: ReturnType<typeof server>['calls']) {
  return calls.filter((call) => call.url.pathname === '/api/publicity/items').map((call) => call.url.search);
}

describe('the items list', SLOW, () => {
  it('opens an editor on the first review queue with the drafts suggested by events beside it', async () => {
    const { calls } = server();
    renderPage(<ItemListPage />, { me: USERS.editor, path: ROUTE, route: ROUTE });

    expect(await screen.findByRole('tab', { name: 'First review queue', selected: true })).toBeInTheDocument();
    const drafts = await screen.findByRole('region', { name: 'Drafts to write: yours and those suggested by events' });
    const row = await within(drafts).findByRole('row', { name: /Delegation approved: Education exchange in Japan/ });
    expect(within(row).getByText('Draft')).toBeInTheDocument();
    expect(within(row).getByText('Suggested: Delegation approved')).toBeInTheDocument();
    // The manual item already passed its reviews: not a draft to write.
    expect(within(drafts).queryByText('Meet our sister city Yorba Linda')).not.toBeInTheDocument();
    expect(listCalls(calls)).toContain('?waitingFor=FIRST_REVIEW&page=0&size=20');
    expect(screen.getByRole('button', { name: /New item/ })).toBeInTheDocument();
  });

  it('shows the suggested draft in Chinese with its state and origin', async () => {
    server();
    renderPage(<ItemListPage />, { me: USERS.editor, path: ROUTE, route: ROUTE, language: 'zh' });

    const row = await screen.findByRole('row', { name: /出访团组获批：赴日本教育交流/ });
    expect(within(row).getByText('草稿')).toBeInTheDocument();
    expect(within(row).getByText('事件建议：出访团组获批')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '初审队列', selected: true })).toBeInTheDocument();
  });

  it('opens a section head on the second review queue, without the drafts', async () => {
    const { calls } = server();
    renderPage(<ItemListPage />, { me: USERS.sectionHead, path: ROUTE, route: ROUTE });

    expect(await screen.findByRole('tab', { name: 'Second review queue', selected: true })).toBeInTheDocument();
    expect(await screen.findByText('Meet our sister city Yorba Linda')).toBeInTheDocument();
    expect(listCalls(calls)).toContain('?waitingFor=SECOND_REVIEW&page=0&size=20');
    expect(screen.queryByRole('region', { name: /Drafts to write/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /New item/ })).not.toBeInTheDocument();
  });

  it('opens a leader on the final review queue, in the language asked for', async () => {
    const { calls } = server();
    renderPage(<ItemListPage />, { me: USERS.leader, path: `${ROUTE}?language=en`, route: ROUTE });

    expect(await screen.findByRole('tab', { name: 'Final review queue', selected: true })).toBeInTheDocument();
    await screen.findByText('Meet our sister city Yorba Linda');
    expect(listCalls(calls)).toContain('?waitingFor=FINAL_REVIEW&language=en&page=0&size=20');
  });

  it('keeps the queue of the step in the address', async () => {
    const { calls } = server();
    renderPage(<ItemListPage />, { me: USERS.editor, path: `${ROUTE}?waitingFor=SECOND_REVIEW&language=en`, route: ROUTE });

    expect(await screen.findByRole('tab', { name: 'Second review queue', selected: true })).toBeInTheDocument();
    await screen.findByText('Meet our sister city Yorba Linda');
    expect(listCalls(calls)).toContain('?waitingFor=SECOND_REVIEW&language=en&page=0&size=20');
  });

  it('shows a reader without a review step every item, filtered as asked', async () => {
    const { calls } = server();
    renderPage(<ItemListPage />, { me: USERS.director, path: ROUTE, route: ROUTE });

    expect(await screen.findByRole('tab', { name: 'All items', selected: true })).toBeInTheDocument();
    await screen.findByText('Meet our sister city Yorba Linda');
    const user = typist();
    await user.type(screen.getByLabelText('Words in the title'), 'Yorba');
    await user.type(screen.getByLabelText('Tag'), '友城');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(listCalls(calls)).toContain(`?tag=${encodeURIComponent('友城')}&q=Yorba&page=0&size=20`));
  });
});
