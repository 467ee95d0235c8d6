import '../testing/timeouts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { officeToday } from '../../../time';
import { SisterCityHomeCard } from './SisterCityHomeCard';
import { PLANNED_FROM_DELEGATION, SETO, SETO_RELATIONSHIP, USERS, YORBA_LINDA, YORBA_LINDA_RELATIONSHIP, page } from '../testing/fixtures';

const BASE = '/api/sister-cities';

function server(actions: string[]) {
  return fakeServer({
    [`GET ${BASE}/relationships`]: (_: unknown, url: URL) => {
      const stage = url.searchParams.get('stage');
      if (stage === 'PROVINCE_REVIEWED') return { status: 200, body: page([{ ...SETO_RELATIONSHIP, actions }], 1) };
      if (stage === 'ACTIVE') return { status: 200, body: page([YORBA_LINDA_RELATIONSHIP], 2) };
      return { status: 200, body: page([], 0) };
    },
    [`GET ${BASE}/activities`]: page([PLANNED_FROM_DELEGATION], 3),
    [`GET ${BASE}/relationships/at-risk`]: page([], 4),
    [`GET ${BASE}/relationships/anniversaries`]: page([], 0),
    [`GET ${BASE}/partner-cities`]: page([SETO, YORBA_LINDA]),
  });
}

describe('the sister-city card on the home page', () => {
  it('counts relationships waiting, exchanges planned in the next 30 days, those at risk, and by stage', async () => {
    const calls = server(['RECORD_CPAFFC_APPROVAL', 'TERMINATE']).calls;
    renderPage(<SisterCityHomeCard />, { me: USERS.director });
    expect(await screen.findByRole('heading', { level: 3, name: 'Sister cities' })).toBeInTheDocument();
    const byStage = await screen.findByRole('list', { name: 'Relationships by stage' });
    await waitFor(() => expect(within(byStage).getByText('Active: 2')).toBeInTheDocument());
    expect(within(byStage).getByText('Province reviewed: 1')).toBeInTheDocument();
    const waiting = screen.getByRole('list', { name: 'Relationships on the approval path' });
    const seto = (await within(waiting).findByRole('link', { name: 'Seto · 瀬戸市' })).closest('li') as HTMLElement;
    expect(within(seto).getByText('Next: Record CPAFFC approval')).toBeInTheDocument();
    expect(within(seto).getByText('Your act')).toBeInTheDocument();
    expect(screen.getByText('Education exchange in Yorba Linda')).toBeInTheDocument();
    const planned = calls.find((call) => call.url.pathname === `${BASE}/activities`)!.url.searchParams;
    expect(planned.get('status')).toBe('PLANNED');
    expect(planned.get('from')).toBe(officeToday());
    expect(planned.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const statistic = (title: string) => screen.getByText(title).closest('.ant-statistic') as HTMLElement;
    expect(statistic('Exchanges planned in 30 days')).toHaveTextContent('3');
    expect(statistic('At risk of dormancy')).toHaveTextContent('4');
    expect(statistic('Relationships waiting for an act')).toHaveTextContent('1');
  });

  it('marks no act as the caller’s when the service lists none for them', async () => {
    server(['TERMINATE']);
    renderPage(<SisterCityHomeCard />, { me: USERS.auditor, language: 'zh' });
    const waiting = await screen.findByRole('list', { name: '审批流程中的关系' });
    await within(waiting).findByRole('link', { name: '濑户市 · 瀬戸市' });
    expect(within(waiting).queryByText('待您办理')).not.toBeInTheDocument();
    expect(within(waiting).getByText('下一步：登记全国对外友协批准')).toBeInTheDocument();
  });
});
