import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import type { ItemView } from '../api/types';
import { CHANNELS, fill, NO_PUBLICATIONS, page, REVIEWED_ITEM, SLOW, typist, USERS, version } from '../test/fixtures';
import { ItemPage } from './ItemPage';

const ROUTE = '/publicity/items/:id';
const PATH = '/publicity/items/I1';

function server(item: ItemView = REVIEWED_ITEM, extra: Parameters<typeof fakeServer>[0] = {}) {
  return fakeServer({
    'GET /api/publicity/channels': CHANNELS,
    'GET /api/sister-cities/partner-cities': page([{ id: 'P1', names: { zh: '约巴林达', en: 'Yorba Linda' }, country: 'US' }]),
    'GET /api/publicity/items/I1/publications': NO_PUBLICATIONS,
    'GET /api/publicity/items/I1': item,
    ...extra,
  });
}

function posts(calls: ReturnType<typeof server>['calls'], path: string) {
  return calls.filter((call) => call.method !== 'GET' && call.url.pathname === path);
}

describe('an item’s page', SLOW, () => {
  it('shows the Chinese source and the English translation side by side, stacked below a wide screen', async () => {
    server();
    renderPage(<ItemPage />, { me: USERS.sectionHead, path: PATH, route: ROUTE });

    const source = await screen.findByRole('region', { name: 'Chinese (source)' });
    const translation = screen.getByRole('region', { name: 'English translation' });
    expect(within(source).getByText('中文摘要')).toBeInTheDocument();
    expect(within(translation).getByText('English summary')).toBeInTheDocument();
    expect(within(translation).getByText('Translator Chen')).toBeInTheDocument();
    for (const region of [source, translation]) {
      const column = region.closest('.ant-col');
      expect(column).toHaveClass('ant-col-xs-24');
      expect(column).toHaveClass('ant-col-xl-12');
    }
    // The body is rendered through the allow-list: markup kept, script gone.
    const body = within(translation).getByRole('region', { name: 'English body preview' });
    expect(body.querySelector('strong')).toHaveTextContent('body');
    expect(body.querySelector('script')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Meet our sister city Yorba Linda' })).toBeInTheDocument();
  });

  it('names the versions in Chinese', async () => {
    server();
    renderPage(<ItemPage />, { me: USERS.sectionHead, path: PATH, route: ROUTE, language: 'zh' });

    expect(await screen.findByRole('region', { name: '中文（原文）' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '英文译文' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '走进友城约巴林达' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '复审通过（英文版本）' })).toBeInTheDocument();
  });

  it('lets the section head approve the version waiting at the second review, with a comment', async () => {
    const { calls } = server(REVIEWED_ITEM, {
      'POST /api/publicity/items/I1/versions/en/review/approve': () => ({ status: 200, body: REVIEWED_ITEM }),
    });
    renderPage(<ItemPage />, { me: USERS.sectionHead, path: PATH, route: ROUTE });
    const user = typist();

    const translation = await screen.findByRole('region', { name: 'English translation' });
    expect(within(translation).getByRole('group', { name: 'Review of the English version' }).querySelector('.ant-steps-item-process')).toHaveTextContent('Second review');
    // The Chinese version passed its final review: nothing to decide there, and a section head submits nothing.
    const source = screen.getByRole('region', { name: 'Chinese (source)' });
    expect(within(source).queryByRole('button', { name: /Approve|Send|Submit/ })).toBeNull();

    await user.click(within(translation).getByRole('button', { name: 'Approve at Second review (English version)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve at Second review: English version' });
    fill(within(dialog).getByLabelText('Comments'), 'Good translation');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(posts(calls, '/api/publicity/items/I1/versions/en/review/approve')).toHaveLength(1));
    const [approve] = posts(calls, '/api/publicity/items/I1/versions/en/review/approve');
    expect(approve.method).toBe('POST');
    expect(approve.body).toEqual({ comment: 'Good translation' });
    expect(approve.headers.get('If-Match')).toBe('"7"');
  });

  it('sends a version back only with the reviewer’s comments', async () => {
    const { calls } = server(REVIEWED_ITEM, {
      'POST /api/publicity/items/I1/versions/en/review/send-back': () => ({ status: 200, body: REVIEWED_ITEM }),
    });
    renderPage(<ItemPage />, { me: USERS.sectionHead, path: PATH, route: ROUTE });
    const user = typist();

    await user.click(await screen.findByRole('button', { name: 'Send the English version back' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send back at Second review: English version' });
    await user.click(within(dialog).getByRole('button', { name: 'Send back' }));
    expect(await within(dialog).findByText('Sending back needs your comments')).toBeInTheDocument();
    expect(posts(calls, '/api/publicity/items/I1/versions/en/review/send-back')).toHaveLength(0);

    fill(within(dialog).getByLabelText('Comments'), 'Check the place names');
    await user.click(within(dialog).getByRole('button', { name: 'Send back' }));
    await waitFor(() => expect(posts(calls, '/api/publicity/items/I1/versions/en/review/send-back')).toHaveLength(1));
    expect(posts(calls, '/api/publicity/items/I1/versions/en/review/send-back')[0].body).toEqual({ comment: 'Check the place names' });
  });

  it('never offers an editor the final approval, only the first review', async () => {
    const item: ItemView = {
      ...REVIEWED_ITEM,
      versions: [
        version({ language: 'zh', title: '中文稿', review: { state: 'IN_REVIEW', step: 'FIRST_REVIEW', revision: 1, decisions: [] } }),
        version({ language: 'en', title: 'English', translator: 'Chen', review: { state: 'IN_REVIEW', step: 'FINAL_REVIEW', revision: 1, decisions: [] } }),
        version({ language: 'ja', title: '日本語', translator: 'Sato', review: { state: 'SENT_BACK', revision: 1, decisions: [{ step: 'SECOND_REVIEW', by: 'section-head', at: '2026-11-05T02:00:00Z', outcome: 'SENT_BACK', comment: '请核对', revision: 1 }] } }),
      ],
    };
    server(item);
    renderPage(<ItemPage />, { me: USERS.editor, path: PATH, route: ROUTE });

    const source = await screen.findByRole('region', { name: 'Chinese (source)' });
    expect(within(source).getByRole('button', { name: 'Approve at First review (Chinese version)' })).toBeInTheDocument();
    const translation = screen.getByRole('region', { name: 'English translation' });
    expect(within(translation).queryByRole('button', { name: /Approve|Send .* back/ })).toBeNull();
    expect(within(translation).getByRole('button', { name: 'Save the English version' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Final review/ })).toBeNull();
  });

  it('shows an auditor the item without a single act', async () => {
    server();
    renderPage(<ItemPage />, { me: USERS.auditor, path: PATH, route: ROUTE });

    await screen.findByRole('region', { name: 'English translation' });
    expect(screen.queryByRole('button', { name: /Approve|Send|Submit|Save|Retract|Publish|Schedule/ })).toBeNull();
    expect(screen.queryByLabelText('Title')).toBeNull();
  });

  it('saves an editor’s change of a version as a new revision, on the version the editor saw', async () => {
    const { calls } = server(REVIEWED_ITEM, {
      'PUT /api/publicity/items/I1/versions/zh': () => ({ status: 200, body: REVIEWED_ITEM }),
    });
    renderPage(<ItemPage />, { me: USERS.editor, path: PATH, route: ROUTE });
    const user = typist();

    const source = await screen.findByRole('region', { name: 'Chinese (source)' });
    expect(within(source).getByText(/passed its final review: a change is a correction/)).toBeInTheDocument();
    fill(within(source).getByLabelText('Title'), '走进友城约巴林达（更正）');
    await user.click(within(source).getByRole('button', { name: 'Save the Chinese version' }));

    await waitFor(() => expect(posts(calls, '/api/publicity/items/I1/versions/zh')).toHaveLength(1));
    const [save] = posts(calls, '/api/publicity/items/I1/versions/zh');
    expect(save.method).toBe('PUT');
    expect(save.body).toEqual({ title: '走进友城约巴林达（更正）', summary: '中文摘要', body: '<p>中文正文</p>' });
    expect(save.headers.get('If-Match')).toBe('"7"');
  });

  it('lists a version’s revisions and shows what changed between two, line by line', async () => {
    const item: ItemView = { ...REVIEWED_ITEM, versions: [REVIEWED_ITEM.versions[0], { ...REVIEWED_ITEM.versions[1], revision: 2 }] };
    const { calls } = server(item, {
      'GET /api/publicity/items/I1/versions/en/revisions': [
        { number: 1, by: 'editor', at: '2026-11-04T01:00:00Z', title: 'Meet Yorba Linda' },
        { number: 2, by: 'editor', at: '2026-11-05T01:00:00Z', title: 'Meet our sister city Yorba Linda' },
      ],
      'GET /api/publicity/items/I1/versions/en/diff': {
        language: 'en',
        from: 1,
        to: 2,
        title: [
          { op: 'REMOVED', text: 'Meet Yorba Linda' },
          { op: 'ADDED', text: 'Meet our sister city Yorba Linda' },
        ],
        summary: [{ op: 'SAME', text: 'English summary' }],
        body: [],
      },
    });
    renderPage(<ItemPage />, { me: USERS.sectionHead, path: PATH, route: ROUTE });
    const user = typist();

    await user.click(await screen.findByRole('button', { name: 'English revisions' }));
    const drawer = await screen.findByRole('dialog', { name: 'Revisions of the English version' });
    expect(await within(drawer).findByRole('row', { name: /Meet Yorba Linda/ })).toBeInTheDocument();
    const title = await within(drawer).findByRole('region', { name: 'Title' });
    expect((await within(title).findByText('Meet Yorba Linda')).closest('del')).not.toBeNull();
    expect(within(title).getByText('Meet our sister city Yorba Linda').closest('ins')).not.toBeNull();
    expect(calls.some((call) => call.url.pathname.endsWith('/diff') && call.url.search === '?from=1&to=2')).toBe(true);
  });

  it('lets the leader retract the item with a reason', async () => {
    const { calls } = server(REVIEWED_ITEM, {
      'POST /api/publicity/items/I1/retract': () => ({ status: 200, body: { ...REVIEWED_ITEM, status: 'RETRACTED' } }),
    });
    renderPage(<ItemPage />, { me: USERS.leader, path: PATH, route: ROUTE });
    const user = typist();

    await user.click(await screen.findByRole('button', { name: 'Retract' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retract the whole item' });
    fill(within(dialog).getByLabelText('Reason for the retraction'), 'Facts to be checked');
    await user.click(within(dialog).getByRole('button', { name: 'Retract' }));

    await waitFor(() => expect(posts(calls, '/api/publicity/items/I1/retract')).toHaveLength(1));
    expect(posts(calls, '/api/publicity/items/I1/retract')[0].body).toEqual({ reason: 'Facts to be checked' });
  });
});
