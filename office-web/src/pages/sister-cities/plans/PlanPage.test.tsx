import '../testing/timeouts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { PlanPage } from './PlanPage';
import { PlanListPage } from './PlanListPage';
import { USERS, page } from '../testing/fixtures';
import type { Plan, PlanProgress } from './api';

// The chart draws on a canvas jsdom does not have; what it is given is what the test looks at.
const charted = vi.hoisted(() => ({ data: [] as unknown[] }));
vi.mock('@ant-design/plots', () => ({
  Bar: (props: { data: unknown[] }) => {
    charted.data = props.data;
    return <div data-testid="bar-chart" />;
  },
}));

const BASE = '/api/sister-cities';

/**
 * Progress as the service computes it: 2 of 3 is 66 (rounded down, not 67), 5 of 4 is capped at 100, the plan's
 * mean of 2/3, 1 and 0/1 is 55. The numbers below are not what naive client arithmetic would show.
 */
const PROGRESS: PlanProgress = {
  percent: 55,
  targetsMet: 1,
  targetCount: 3,
  targets: [
    {
      targetId: 'city-weeks',
      description: { zh: '在日本举办三次“铜川周”活动', en: 'Three Tongchuan weeks in Japan' },
      measure: 'ACTIVITIES_HELD',
      criteria: { tag: 'city-week', direction: 'OUTBOUND' },
      countries: ['JP'],
      required: 3,
      achieved: 2,
      pending: 1,
      percent: 66,
      met: false,
      contributors: ['A-7', 'A-9'],
    },
    {
      targetId: 'ceramics',
      description: { zh: '陶瓷合作项目', en: 'Ceramics projects agreed' },
      measure: 'PROJECTS_REACHING_STAGE',
      criteria: { stage: 'AGREED' },
      countries: ['JP'],
      required: 4,
      achieved: 5,
      pending: 0,
      percent: 100,
      met: true,
      contributors: ['PR-1'],
    },
    {
      targetId: 'first-sister-city',
      description: { zh: '结成首个日本友好城市', en: 'A first sister city in Japan' },
      measure: 'RELATIONSHIPS_SIGNED',
      criteria: { kind: 'SISTER_CITY' },
      countries: ['JP'],
      required: 1,
      achieved: 0,
      pending: 1,
      percent: 0,
      met: false,
      contributors: [],
    },
  ],
};

const PLAN: Plan = {
  id: 'PL-JP',
  title: { zh: '对日交流合作三年行动计划', en: 'Three-year exchange plan with Japan' },
  startDate: '2025-01-01',
  endDate: '2027-12-31',
  countries: ['JP'],
  status: 'DRAFT',
  createdBy: 'sister',
  createdAt: '2025-01-02T02:00:00Z',
  progress: PROGRESS,
  version: 7,
};

function plan(status: Plan['status'], extra: Record<string, unknown> = {}) {
  return fakeServer({
    [`GET ${BASE}/plans/PL-JP`]: { ...PLAN, status },
    [`GET ${BASE}/plans/PL-JP/progress`]: PROGRESS,
    ...extra,
  });
}

function open(me = USERS.director, language: 'zh' | 'en' = 'en') {
  return renderPage(<PlanPage />, { me, route: '/sister-cities/plans/:id', path: '/sister-cities/plans/PL-JP', language });
}

describe('a programme plan', () => {
  it('shows every target’s bar and the overall bar with the percentages the service computed', async () => {
    const server = plan('ADOPTED');
    open(USERS.auditor);
    const overall = await screen.findByRole('progressbar', { name: 'Overall progress' });
    expect(overall).toHaveAttribute('aria-valuenow', '55');
    expect(within(overall).getByText('55%')).toBeInTheDocument();
    const cityWeeks = screen.getByRole('progressbar', { name: 'Progress of Three Tongchuan weeks in Japan' });
    expect(cityWeeks).toHaveAttribute('aria-valuenow', '66');
    expect(within(cityWeeks).getByText('66%')).toBeInTheDocument();
    expect(screen.queryByText('67%')).not.toBeInTheDocument();
    expect(screen.getByText('2 achieved of 3')).toBeInTheDocument();
    expect(screen.getAllByText('1 pending')).toHaveLength(2);
    expect(within(screen.getByRole('progressbar', { name: 'Progress of Ceramics projects agreed' })).getByText('100%')).toBeInTheDocument();
    expect(within(screen.getByRole('progressbar', { name: 'Progress of A first sister city in Japan' })).getByText('0%')).toBeInTheDocument();
    expect(screen.getByText('Records counted (2)')).toBeInTheDocument();
    expect(server.calls.some((call) => call.url.pathname === `${BASE}/plans/PL-JP/progress`)).toBe(true);
    expect(await screen.findByTestId('bar-chart')).toBeInTheDocument();
    expect(charted.data).toContainEqual({ target: 'Three Tongchuan weeks in Japan', series: 'Target', value: 3 });
    expect(charted.data).toContainEqual({ target: 'Three Tongchuan weeks in Japan', series: 'Achieved', value: 2 });
    expect(screen.queryByRole('button', { name: 'Adopt plan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit plan' })).not.toBeInTheDocument();
  });

  it('lets the director adopt a draft, with the version seen', async () => {
    const server = plan('DRAFT', { [`POST ${BASE}/plans/PL-JP/adopt`]: () => ({ status: 200, body: { ...PLAN, status: 'ADOPTED' } }) });
    open(USERS.director);
    fireEvent.click(await screen.findByRole('button', { name: 'Adopt plan' }));
    expect(screen.queryByRole('button', { name: 'Edit plan' })).not.toBeInTheDocument();
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    const post = server.calls.find((call) => call.method === 'POST')!;
    expect(post.url.pathname).toBe(`${BASE}/plans/PL-JP/adopt`);
    expect(post.headers.get('If-Match')).toBe('"7"');
  });

  it('lets the officer shape a draft: remove a target with DELETE', async () => {
    const server = plan('DRAFT', { [`DELETE ${BASE}/plans/PL-JP/targets/ceramics`]: () => ({ status: 200, body: PLAN }) });
    open(USERS.officer);
    expect(await screen.findByRole('button', { name: 'Edit plan' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Adopt plan' })).not.toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove target: ceramics' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'DELETE')).toBe(true));
    expect(server.calls.find((call) => call.method === 'DELETE')!.headers.get('If-Match')).toBe('"7"');
  });

  it('speaks Chinese', async () => {
    plan('ADOPTED');
    open(USERS.auditor, 'zh');
    expect(await screen.findByRole('heading', { level: 2, name: '对日交流合作三年行动计划' })).toBeInTheDocument();
    expect(await screen.findByText('已完成 2 / 目标 3')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '总体进度' })).toHaveAttribute('aria-valuenow', '55');
  });
});

describe('the programme plans', () => {
  it('lists the plans with the service’s overall percent and asks by status', async () => {
    const server = fakeServer({ [`GET ${BASE}/plans`]: page([{ ...PLAN, status: 'ADOPTED' }]) });
    renderPage(<PlanListPage />, { me: USERS.officer });
    const row = (await screen.findByRole('link', { name: 'Three-year exchange plan with Japan' })).closest('tr') as HTMLElement;
    expect(within(row).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '55');
    expect(within(row).getByText('1 / 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Draft a plan' })).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByLabelText('Status'));
    fireEvent.click(await screen.findByTitle('Closed'));
    await waitFor(() => expect(server.calls.some((call) => call.url.searchParams.get('status') === 'CLOSED')).toBe(true));
  });
});
