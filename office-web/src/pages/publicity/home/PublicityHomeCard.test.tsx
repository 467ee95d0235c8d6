import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { setOfficeZone } from '../../../time';
import { publicity } from '..';
import { page, REVIEWED_ITEM, SLOW, SUGGESTED_DRAFT, USERS } from '../test/fixtures';
import { PublicityHomeCard } from './PublicityHomeCard';

function server() {
  return fakeServer({
    'GET /api/publicity/items?waitingFor=FIRST_REVIEW&size=5': page([REVIEWED_ITEM], 3),
    'GET /api/publicity/items?waitingFor=FIRST_REVIEW&size=1': page([], 3),
    'GET /api/publicity/items?waitingFor=SECOND_REVIEW&size=1': page([], 2),
    'GET /api/publicity/items?waitingFor=FINAL_REVIEW&size=1': page([], 1),
    'GET /api/publicity/items?state=RETRACTED&size=1': page([], 4),
    'GET /api/publicity/items?state=DRAFT&size=100': page([SUGGESTED_DRAFT, REVIEWED_ITEM], 12),
    'GET /api/publicity/items/I1/publications': {
      itemId: 'I1',
      publications: [{ publicationId: 'PUB2', itemId: 'I1', channel: 'WECHAT', language: 'zh', status: 'SCHEDULED', scheduledAt: '2030-05-01T02:00:00Z' }],
    },
  });
}

describe('the publicity card on the home page', SLOW, () => {
  it('is there for publicity staff, the FAO director and auditors only', () => {
    const visible = publicity.home!.visible;
    expect(visible(USERS.editor)).toBe(true);
    expect(visible(USERS.leader)).toBe(true);
    expect(visible(USERS.director)).toBe(true);
    expect(visible(USERS.auditor)).toBe(true);
    expect(visible({ subject: 'clerk', name: 'clerk', roles: ['UNIT_CLERK'], unit: 'U-EDU', session: true })).toBe(false);
  });

  it('shows an editor the first review queue, the drafts events suggested, the publications scheduled and the counts', async () => {
    setOfficeZone('Asia/Shanghai');
    server();
    renderPage(<PublicityHomeCard me={USERS.editor} />, { me: USERS.editor });

    expect(await screen.findByText('Waiting for your First review')).toBeInTheDocument();
    const queue = screen.getByText('Waiting for your First review').closest('.ant-statistic') as HTMLElement;
    expect(await within(queue).findByText('3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Delegation approved: Education exchange in Japan' })).toHaveAttribute('href', '/publicity/items/draft-d1');
    expect(screen.getByText('Suggested: Delegation approved')).toBeInTheDocument();
    expect(await screen.findByText('2030-05-01 10:00')).toBeInTheDocument();
    expect(screen.getByText('WeChat account')).toBeInTheDocument();
    const retracted = screen.getByText('Retracted').closest('.ant-statistic') as HTMLElement;
    expect(await within(retracted).findByText('4')).toBeInTheDocument();
    const drafts = screen.getByText('Draft').closest('.ant-statistic') as HTMLElement;
    expect(within(drafts).getByText('12')).toBeInTheDocument();
  });

  it('shows the FAO director the counts without a review queue, in Chinese', async () => {
    const { calls } = server();
    renderPage(<PublicityHomeCard me={USERS.director} />, { me: USERS.director, language: 'zh' });

    expect(await screen.findByText('事件建议：出访团组获批')).toBeInTheDocument();
    expect(screen.getByText('复审中')).toBeInTheDocument();
    expect(screen.queryByText(/待我/)).toBeNull();
    expect(calls.some((call) => call.url.search === '?waitingFor=FIRST_REVIEW&size=5')).toBe(false);
  });
});
