import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fakeServer } from '../../../../test/render';
import { officeToday } from '../../../../time';
import { choose, dataRows, PEOPLE, renderRecords, requests, SLOW, typist } from '../testing';

const inDays = (days: number) => dayjs(officeToday()).add(days, 'day').format('YYYY-MM-DD');

const ROWS = [
  {
    delegationId: 'D-1',
    unit: 'U-EDU',
    title: { zh: '赴日本教育交流', en: 'Education exchange in Japan' },
    status: 'CORRECTION_REQUESTED',
    greenChannel: false,
    kind: 'CORRECTION',
    dueOn: inDays(-2),
    state: 'MISSED',
  },
  {
    delegationId: 'D-2',
    unit: 'U-HEALTH',
    title: { zh: '赴德国医疗考察', en: 'Health study in Germany' },
    status: 'SIGNED',
    greenChannel: true,
    kind: 'GREEN_CHANNEL_DECISION',
    dueOn: inDays(1),
    state: 'DUE_SOON',
  },
  {
    delegationId: 'D-3',
    unit: 'U-EDU',
    title: { zh: '赴法国文化交流', en: 'Culture in France' },
    status: 'BACK_HOME',
    greenChannel: false,
    kind: 'TRIP_REPORT',
    dueOn: inDays(40),
    state: 'DUE',
  },
];

describe('deadlines', SLOW, () => {
  it('lists open deadlines nearest first, each leading to its file, missed in red and soon due in orange', async () => {
    fakeServer({ 'GET /api/travel/deadlines': ROWS });
    renderRecords('/travel/deadlines', PEOPLE.officer);
    const missed = await screen.findByRole('link', { name: 'Education exchange in Japan' });
    expect(missed).toHaveAttribute('href', '/travel/delegations/D-1');
    const rows = dataRows();
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['Education exchange in Japan', 'Health study in Germany', 'Culture in France']);
    const missedTag = within(rows[0]).getByText('Missed');
    expect(missedTag).toHaveClass('ant-tag-red');
    expect(within(rows[0]).getByText('2 days late')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Correction requested')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Due soon')).toHaveClass('ant-tag-orange');
    expect(within(rows[1]).getByText('Green channel')).toBeInTheDocument();
    expect(within(rows[2]).getByText('(in 40 days)')).toBeInTheDocument();
    expect(rows[0].getAttribute('style')).toContain('background');
  });

  it('asks the service for the kind and state chosen', async () => {
    const server = fakeServer({ 'GET /api/travel/deadlines': ROWS });
    renderRecords('/travel/deadlines', PEOPLE.clerk);
    await screen.findByText('Education exchange in Japan');
    await choose('Kind', 'Trip report');
    await choose('State', 'Missed');
    await typist().click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => {
      const last = requests(server.calls, 'GET', '/api/travel/deadlines').at(-1)!;
      expect(Object.fromEntries(last.url.searchParams)).toEqual({ kind: 'TRIP_REPORT', state: 'MISSED' });
    });
  });

  it('is in Chinese for a Chinese interface', async () => {
    fakeServer({ 'GET /api/travel/deadlines': ROWS });
    renderRecords('/travel/deadlines', PEOPLE.auditor, 'zh');
    expect(await screen.findByRole('link', { name: '赴日本教育交流' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '办理时限' })).toBeInTheDocument();
    expect(screen.getByText('已逾期')).toBeInTheDocument();
    expect(screen.getByText('即将到期')).toBeInTheDocument();
    expect(screen.getByText('出访报告')).toBeInTheDocument();
  });
});
