import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { setOfficeZone } from '../../../time';
import type { ItemPublicationsView, ItemView } from '../api/types';
import { CHANNELS, choose, pickDate, REVIEWED_ITEM, SLOW, typist, USERS } from '../test/fixtures';
import { PublicPreview } from './PublicPreview';
import { PublishingCard } from './PublishingCard';

const ROUTE = '/publicity/items/I1';

function server(publications: ItemPublicationsView['publications'], extra: Parameters<typeof fakeServer>[0] = {}) {
  return fakeServer({
    'GET /api/publicity/channels': CHANNELS,
    'GET /api/publicity/items/I1/publications': { itemId: 'I1', publications },
    ...extra,
  });
}

function posts(calls: ReturnType<typeof server>['calls'], path: string) {
  return calls.filter((call) => call.method === 'POST' && call.url.pathname === path);
}

function formItem(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

describe('publishing on channels', SLOW, () => {
  it('schedules an embargo picked on the office clock, as the office’s local time the API takes', async () => {
    setOfficeZone('Asia/Shanghai');
    const { calls } = server([], {
      'POST /api/publicity/items/I1/publications': () => ({ status: 201, body: { publicationId: 'PUB1', itemId: 'I1', channel: 'WEBSITE', language: 'zh', status: 'SCHEDULED', scheduledAt: '2030-05-01T02:00:00Z' } }),
    });
    renderPage(<PublishingCard item={REVIEWED_ITEM} />, { me: USERS.editor, path: ROUTE, route: ROUTE });
    const user = typist();

    await choose(await screen.findByLabelText('Channel'), 'Government website (Chinese, English)');
    // English has not passed its final review: it cannot be chosen.
    await choose(screen.getByLabelText('Language'), 'Chinese');
    expect(screen.getAllByTitle('English (final review not passed)')[0].closest('.ant-select-item')).toHaveClass('ant-select-item-option-disabled');
    await user.click(screen.getByText('At a set time (embargo)'));
    pickDate(await screen.findByLabelText('Publish at (office time, Asia/Shanghai)'), '2030-05-01 10:00');
    expect(await screen.findByText('That is 2030-05-01 02:00 UTC')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Schedule' }));

    await waitFor(() => expect(posts(calls, '/api/publicity/items/I1/publications')).toHaveLength(1));
    expect(posts(calls, '/api/publicity/items/I1/publications')[0].body).toEqual({ channel: 'WEBSITE', language: 'zh', at: '2030-05-01T10:00:00' });
  });

  it('publishes now without a time, and shows a broken rule next to the field it names', async () => {
    const { calls } = server([], {
      'POST /api/publicity/items/I1/publications': () => ({
        status: 422,
        body: {
          type: 'urn:waishi:problem:rule-violation',
          title: 'Rules broken',
          status: 422,
          violations: [
            {
              code: 'PUBLICATION_ALREADY_ON_CHANNEL',
              field: 'channel',
              parameters: { channel: 'WEBSITE', language: 'zh', status: 'PUBLISHED' },
              message: { zh: 'zh版本已在渠道WEBSITE发布或排期（PUBLISHED）', en: 'The zh version is already on WEBSITE (PUBLISHED)' },
            },
          ],
        },
      }),
    });
    renderPage(<PublishingCard item={REVIEWED_ITEM} />, { me: USERS.editor, path: ROUTE, route: ROUTE });
    const user = typist();

    await choose(await screen.findByLabelText('Channel'), 'Government website (Chinese, English)');
    await choose(screen.getByLabelText('Language'), 'Chinese');
    await user.click(screen.getByRole('button', { name: 'Publish now' }));

    await waitFor(() => expect(posts(calls, '/api/publicity/items/I1/publications')).toHaveLength(1));
    expect(posts(calls, '/api/publicity/items/I1/publications')[0].body).toEqual({ channel: 'WEBSITE', language: 'zh' });
    expect(
      await within(formItem('Channel')).findByText(
        'The zh version is already on WEBSITE (PUBLISHED) (PUBLICATION_ALREADY_ON_CHANNEL: channel=WEBSITE, language=zh, status=PUBLISHED)',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('violations')).toHaveTextContent('PUBLICATION_ALREADY_ON_CHANNEL');
  });

  it('lists the publications per channel and lets an editor unschedule one', async () => {
    const { calls } = server(
      [
        { publicationId: 'PUB1', itemId: 'I1', channel: 'WEBSITE', language: 'zh', revision: 2, status: 'PUBLISHED', scheduledAt: '2026-11-03T02:00:00Z', publishedAt: '2026-11-03T02:00:00Z', scheduledBy: 'editor' },
        { publicationId: 'PUB2', itemId: 'I1', channel: 'WECHAT', language: 'zh', revision: 2, status: 'SCHEDULED', scheduledAt: '2030-05-01T02:00:00Z', scheduledBy: 'editor' },
      ],
      { 'POST /api/publicity/publications/PUB2/withdraw': () => ({ status: 200, body: {} }) },
    );
    renderPage(<PublishingCard item={REVIEWED_ITEM} />, { me: USERS.editor, path: ROUTE, route: ROUTE });
    const user = typist();

    const scheduled = await screen.findByRole('row', { name: /WeChat account.*Scheduled/ });
    expect(within(scheduled).getByText('2030-05-01 10:00')).toBeInTheDocument();
    await user.click(within(scheduled).getByRole('button', { name: 'Unschedule on WeChat account' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(posts(calls, '/api/publicity/publications/PUB2/withdraw')).toHaveLength(1));
  });

  it('gives readers the records without the publishing form', async () => {
    server([]);
    renderPage(<PublishingCard item={REVIEWED_ITEM} />, { me: USERS.leader, path: ROUTE, route: ROUTE });

    expect(await screen.findByText('Publications per channel')).toBeInTheDocument();
    expect(screen.queryByLabelText('Channel')).toBeNull();
  });
});

describe('the public page preview', SLOW, () => {
  it('shows what the public read API gives once the language is published, with a link to it', async () => {
    server(
      [{ publicationId: 'PUB1', itemId: 'I1', channel: 'WEBSITE', language: 'zh', revision: 2, status: 'PUBLISHED', scheduledAt: '2026-11-03T02:00:00Z', publishedAt: '2026-11-03T02:00:00Z' }],
      {
        'GET /public/items/I1?language=zh': {
          id: 'I1',
          language: 'zh',
          kind: 'PARTNER_CITY_FEATURE',
          title: '走进友城约巴林达（已发布）',
          summary: '公开摘要',
          body: '<p>公开正文<a href="javascript:alert(1)">链接</a></p>',
          revision: 2,
          publishedAt: '2026-11-03T02:00:00Z',
        },
      },
    );
    renderPage(<PublicPreview item={REVIEWED_ITEM} />, { me: USERS.editor, path: ROUTE, route: ROUTE });

    expect(await screen.findByRole('heading', { level: 3, name: '走进友城约巴林达（已发布）' })).toBeInTheDocument();
    expect(screen.getByText('What the public sees: revision 2, published 2026-11-03 10:00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the public API' })).toHaveAttribute('href', '/public/items/I1?language=zh');
    expect(screen.getByText('链接')).not.toHaveAttribute('href');
  });

  it('previews the current text of a language not yet published', async () => {
    const item: ItemView = { ...REVIEWED_ITEM, versions: [REVIEWED_ITEM.versions[1], REVIEWED_ITEM.versions[0]] };
    server([]);
    renderPage(<PublicPreview item={item} />, { me: USERS.editor, path: ROUTE, route: ROUTE });

    expect(await screen.findByRole('heading', { level: 3, name: 'Meet our sister city Yorba Linda' })).toBeInTheDocument();
    expect(screen.getByText('Not published in English yet: a preview of the current revision 1.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Yorba Linda city hall' })).toHaveAttribute('src', 'https://media.example.org/yl.jpg');
    expect(screen.getByText('Yorba Linda city hall · Credit: City of Yorba Linda')).toBeInTheDocument();
  });
});
