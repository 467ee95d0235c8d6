import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { setOfficeZone } from '../../../time';
import type { ProfileSummary } from '../api/types';
import { choose, fill, page, pickDate, PROFILE, SLOW, typist, USERS } from '../test/fixtures';
import { CountryListPage } from './CountryListPage';
import { CountryPage } from './CountryPage';

const SUMMARIES: ProfileSummary[] = [
  { countryCode: 'JP', name: { zh: '日本', en: 'Japan' }, reviewState: 'APPROVED', revision: 2, publishedRevision: 2, level: { level: 1, label: { zh: '注意安全', en: 'Take care' } } },
  { countryCode: 'KR', name: { zh: '韩国', en: 'Korea' }, reviewState: 'IN_REVIEW', revision: 3, publishedRevision: 2, level: { level: 2, label: { zh: '加强防范', en: 'Heighten precautions' } } },
  { countryCode: 'BR', name: { zh: '巴西', en: 'Brazil' }, reviewState: 'IN_REVIEW', revision: 1, publishedRevision: 0, level: { level: 3, label: { zh: '谨慎前往', en: 'Travel with caution' } } },
  { countryCode: 'XX', name: { zh: '某国', en: 'Somewhere' }, reviewState: 'DRAFT', revision: 1, publishedRevision: 0, level: { level: 4, label: { zh: '暂勿前往', en: 'Do not travel' } } },
];

const ROUTE = '/publicity/countries/:code';
const PATH = '/publicity/countries/JP';

function posts(calls: ReturnType<typeof fakeServer>['calls'], path: string) {
  return calls.filter((call) => call.method === 'POST' && call.url.pathname === path);
}

describe('country profiles', SLOW, () => {
  it('list each country with its alert level in its colour, mild blue to severe red', async () => {
    fakeServer({ 'GET /api/publicity/countries': page(SUMMARIES) });
    renderPage(<CountryListPage />, { me: USERS.editor, path: '/publicity/countries', route: '/publicity/countries' });

    expect(await screen.findByText('1 · Take care')).toHaveClass('ant-tag-blue');
    expect(screen.getByText('2 · Heighten precautions')).toHaveClass('ant-tag-gold');
    expect(screen.getByText('3 · Travel with caution')).toHaveClass('ant-tag-orange');
    expect(screen.getByText('4 · Do not travel')).toHaveClass('ant-tag-red');
    const brazil = screen.getByRole('row', { name: /Brazil/ });
    expect(within(brazil).getByText('In review')).toBeInTheDocument();
    expect(within(brazil).getByText('Not public yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Japan' })).toHaveAttribute('href', '/publicity/countries/JP');
    expect(screen.getByRole('button', { name: 'New country profile' })).toBeInTheDocument();
  });

  it('name the levels in Chinese', async () => {
    fakeServer({ 'GET /api/publicity/countries': page(SUMMARIES) });
    renderPage(<CountryListPage />, { me: USERS.director, path: '/publicity/countries', route: '/publicity/countries', language: 'zh' });

    expect(await screen.findByText('4 · 暂勿前往')).toHaveClass('ant-tag-red');
    expect(screen.getByRole('heading', { level: 2, name: '国别信息' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '新建国别信息' })).toBeNull();
  });

  it('show the working draft beside the published revision, and the leader’s final review', async () => {
    const { calls } = fakeServer({
      'GET /api/publicity/countries/JP': PROFILE,
      'POST /api/publicity/countries/JP/review/approve': () => ({ status: 200, body: PROFILE }),
    });
    renderPage(<CountryPage />, { me: USERS.leader, path: PATH, route: ROUTE });
    const user = typist();

    const draft = await screen.findByRole('region', { name: 'Working draft (revision 3)' });
    const published = screen.getByRole('region', { name: 'Public version' });
    expect(within(draft).getByText('New basics')).toBeInTheDocument();
    expect(within(published).getByText('Published basics')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Review of the profile' }).querySelector('.ant-steps-item-process')).toHaveTextContent('Final review');
    expect(screen.queryByRole('button', { name: 'Edit the draft' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Approve at Final review (profile)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve at Final review: profile' });
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(posts(calls, '/api/publicity/countries/JP/review/approve')).toHaveLength(1));
    expect(posts(calls, '/api/publicity/countries/JP/review/approve')[0].body).toEqual({});
    expect(posts(calls, '/api/publicity/countries/JP/review/approve')[0].headers.get('If-Match')).toBe('"4"');
  });

  it('let only the leader set the level', async () => {
    fakeServer({ 'GET /api/publicity/countries/JP': PROFILE });
    renderPage(<CountryPage />, { me: USERS.editor, path: PATH, route: ROUTE });

    expect(await screen.findByRole('button', { name: 'Edit the draft' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set the alert level' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
  });

  it('send the level’s effective time as the UTC instant of the office time picked, and show a missing summary at its field', async () => {
    setOfficeZone('Asia/Shanghai');
    let answers = 0;
    const { calls } = fakeServer({
      'GET /api/publicity/countries/JP': PROFILE,
      'POST /api/publicity/countries/JP/alert-level': () =>
        ++answers === 1
          ? {
              status: 422,
              body: {
                type: 'urn:waishi:problem:rule-violation',
                title: 'Rules broken',
                status: 422,
                violations: [
                  {
                    code: 'ALERT_LEVEL_SUMMARY_REQUIRED',
                    field: 'summary',
                    parameters: { level: 3, previousLevel: 1 },
                    message: { zh: '将安全提醒级别提高到3级（谨慎前往或暂勿前往）时须说明理由（summary）', en: 'Raising the alert level to 3 (travel with caution or do not travel) needs a summary of the reasons' },
                  },
                ],
              },
            }
          : { status: 200, body: PROFILE },
    });
    renderPage(<CountryPage />, { me: USERS.leader, path: PATH, route: ROUTE });
    const user = typist();

    await user.click(await screen.findByRole('button', { name: 'Set the alert level' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set the safety alert level of Japan' });
    await choose(within(dialog).getByLabelText('Level'), '3 · Travel with caution');
    pickDate(within(dialog).getByLabelText('Effective from (office time, Asia/Shanghai)'), '2030-05-01 10:00');
    expect(await within(dialog).findByText('That is 2030-05-01 02:00 UTC')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Publish now' }));

    await waitFor(() => expect(posts(calls, '/api/publicity/countries/JP/alert-level')).toHaveLength(1));
    expect(posts(calls, '/api/publicity/countries/JP/alert-level')[0].body).toEqual({ level: 3, effectiveFrom: '2030-05-01T02:00:00Z' });
    const summary = within(dialog).getByLabelText('Summary (Chinese)').closest('.ant-form-item') as HTMLElement;
    expect(await within(summary).findByText(/needs a summary of the reasons \(ALERT_LEVEL_SUMMARY_REQUIRED: level=3, previousLevel=1\)/)).toBeInTheDocument();

    fill(within(dialog).getByLabelText('Summary (Chinese)'), '当地治安形势恶化');
    await user.click(within(dialog).getByRole('button', { name: 'Publish now' }));
    await waitFor(() => expect(posts(calls, '/api/publicity/countries/JP/alert-level')).toHaveLength(2));
    expect(posts(calls, '/api/publicity/countries/JP/alert-level')[1].body).toEqual({ level: 3, summary: { zh: '当地治安形势恶化' }, effectiveFrom: '2030-05-01T02:00:00Z' });
  });
});
