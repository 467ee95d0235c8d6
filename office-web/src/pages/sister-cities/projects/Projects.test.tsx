import '../testing/timeouts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { ProjectBoardPage } from './ProjectBoardPage';
import { ProjectPage } from './ProjectPage';
import { BONGHWA, SETO, USERS, page } from '../testing/fixtures';
import type { Board, Project } from './api';

const BASE = '/api/sister-cities';

const BOARD: Board = {
  total: 3,
  columns: [
    { stage: 'IDEA', count: 0, projects: [] },
    { stage: 'NEGOTIATING', count: 0, projects: [] },
    {
      stage: 'AGREED',
      count: 1,
      projects: [
        { id: 'PR-C', partnerCityId: 'P-SE', title: { zh: '陶瓷技艺交流', en: 'Ceramics exchange' }, field: 'CULTURE_AND_ARTS', leadDepartment: '市文旅局', stage: 'AGREED', milestones: 0, milestonesReached: 0 },
      ],
    },
    {
      stage: 'IMPLEMENTING',
      count: 25,
      projects: [
        { id: 'PR-F', partnerCityId: 'P-BH', title: { zh: '苹果种植技术合作', en: 'Apple growing co-operation' }, field: 'TRADE', leadDepartment: '市农业局', stage: 'IMPLEMENTING', milestones: 3, milestonesReached: 2 },
      ],
    },
    { stage: 'COMPLETED', count: 0, projects: [] },
    {
      stage: 'STALLED',
      count: 1,
      projects: [
        { id: 'PR-S', partnerCityId: 'P-BH', title: { zh: '港口物流', en: 'Port logistics' }, field: 'TRANSPORT', leadDepartment: '市交通局', stage: 'STALLED', stalledFrom: 'NEGOTIATING', milestones: 0, milestonesReached: 0 },
      ],
    },
  ],
};

const FARMING: Project = {
  id: 'PR-F',
  partnerCityId: 'P-BH',
  title: { zh: '苹果种植技术合作', en: 'Apple growing co-operation' },
  field: 'TRADE',
  leadDepartment: '市农业局',
  partnerBody: 'Bonghwa County Agricultural Technology Center',
  stage: 'IMPLEMENTING',
  milestones: [
    { id: 'm-1', title: { zh: '示范果园建成', en: 'Demonstration orchard planted' }, status: 'REACHED', reachedOn: '2025-04-01' },
    { id: 'm-2', title: { zh: '第二批农技人员培训', en: 'Second round of training' }, dueDate: '2026-09-30', status: 'OPEN' },
  ],
  figures: [{ key: 'trainees', label: { zh: '培训农技人员', en: 'Technicians trained' }, value: 40, unit: 'people', recordedBy: 'sister' }],
  history: [
    { to: 'IDEA', by: 'sister', at: '2024-01-02T02:00:00Z' },
    { from: 'AGREED', to: 'IMPLEMENTING', by: 'sister', at: '2025-02-02T02:00:00Z', note: 'Go' },
  ],
  actions: ['COMPLETE', 'STALL', 'ADD_MILESTONE', 'EDIT_MILESTONE', 'DROP_MILESTONE', 'REACH_MILESTONE', 'RECORD_FIGURE'],
  version: 9,
};

describe('the project board', () => {
  it('shows a column per stage with the service’s count and the cards with their milestones', async () => {
    const server = fakeServer({ [`GET ${BASE}/projects/board`]: BOARD, [`GET ${BASE}/partner-cities`]: page([BONGHWA, SETO]) });
    renderPage(<ProjectBoardPage />, { me: USERS.auditor });
    const implementing = await screen.findByRole('region', { name: 'Implementing' });
    expect(within(implementing).getByRole('link', { name: 'Apple growing co-operation' })).toHaveAttribute('href', '/sister-cities/projects/PR-F');
    expect(within(implementing).getByText('2/3 milestones reached')).toBeInTheDocument();
    expect(within(implementing).getByText('Newest 1 of 25')).toBeInTheDocument();
    const stalled = screen.getByRole('region', { name: 'Stalled' });
    expect(within(stalled).getByText('Stalled at Negotiating')).toBeInTheDocument();
    for (const stage of ['Idea', 'Negotiating', 'Agreed', 'Completed']) {
      expect(screen.getByRole('region', { name: stage })).toBeInTheDocument();
    }
    expect(screen.queryByRole('button', { name: 'Propose a project' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(server.calls.some((call) => call.url.searchParams.get('perStage') === '100')).toBe(true));
  });

  it('lets the sister-city officer propose a project', async () => {
    fakeServer({ [`GET ${BASE}/projects/board`]: BOARD, [`GET ${BASE}/partner-cities`]: page([BONGHWA, SETO]) });
    renderPage(<ProjectBoardPage />, { me: USERS.officer, language: 'zh' });
    expect(await screen.findByRole('button', { name: '提出合作项目' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: '实施中' })).toBeInTheDocument();
  });
});

describe('a project', () => {
  function open(project: Project, extra: Record<string, unknown> = {}, me = USERS.officer) {
    const server = fakeServer({
      [`GET ${BASE}/projects/PR-F`]: project,
      [`GET ${BASE}/partner-cities`]: page([BONGHWA]),
      ...extra,
    });
    renderPage(<ProjectPage />, { me, route: '/sister-cities/projects/:id', path: '/sister-cities/projects/PR-F' });
    return server;
  }

  it('shows its milestones, figures and the acts the service lists', async () => {
    open(FARMING);
    expect(await screen.findByRole('heading', { level: 2, name: 'Apple growing co-operation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Complete' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark stalled' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start implementing' })).not.toBeInTheDocument();
    const milestones = screen.getByRole('table', { name: 'Milestones' });
    expect(within(milestones).getByRole('button', { name: 'Mark reached: Second round of training' })).toBeInTheDocument();
    expect(within(milestones).queryByRole('button', { name: 'Mark reached: Demonstration orchard planted' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Outcome figures' })).getByText('40 people')).toBeInTheDocument();
  });

  it('shows nothing to act on to a reader', async () => {
    open({ ...FARMING, actions: [] }, {}, USERS.auditor);
    await screen.findByRole('heading', { level: 2, name: 'Apple growing co-operation' });
    expect(screen.queryByRole('button', { name: 'Complete' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Mark reached/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record outcome figure' })).not.toBeInTheDocument();
  });

  it('says which milestones are still open when completing is refused', async () => {
    const server = open(FARMING, {
      [`POST ${BASE}/projects/PR-F/complete`]: () => ({
        status: 422,
        body: {
          type: 'urn:waishi:problem:rule-violation',
          title: 'Rules broken',
          status: 422,
          violations: [
            {
              code: 'PROJECT_MILESTONES_OUTSTANDING',
              field: 'milestones',
              parameters: { open: 1, openMilestoneIds: ['m-2'] },
              message: { zh: '尚有1个未完成（m-2）', en: 'Every milestone must be reached or dropped before the project is completed: 1 still open (m-2)' },
            },
          ],
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Complete' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByText(/1 still open \(m-2\)/)).toBeInTheDocument();
    const post = server.calls.find((call) => call.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"9"');
    expect(post.body).toEqual({});
  });

  it('stalls with the reason', async () => {
    const server = open(FARMING, { [`POST ${BASE}/projects/PR-F/stall`]: () => ({ status: 200, body: { ...FARMING, stage: 'STALLED' } }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Mark stalled' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Partner budget frozen' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    expect(server.calls.find((call) => call.method === 'POST')!.body).toEqual({ reason: 'Partner budget frozen' });
  });

  it('records an outcome figure under its key with PUT', async () => {
    const server = open(FARMING, { [`PUT ${BASE}/projects/PR-F/figures/investment-signed`]: () => ({ status: 200, body: FARMING }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Record outcome figure' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Key'), { target: { value: 'investment-signed' } });
    fireEvent.change(within(dialog).getByLabelText('Label (Chinese)'), { target: { value: '签约投资' } });
    fireEvent.change(within(dialog).getByLabelText('Value'), { target: { value: '12000000' } });
    fireEvent.change(within(dialog).getByLabelText('Unit'), { target: { value: 'yuan' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'PUT')).toBe(true));
    expect(server.calls.find((call) => call.method === 'PUT')!.body).toEqual({ label: { zh: '签约投资' }, value: 12000000, unit: 'yuan' });
  });
});
