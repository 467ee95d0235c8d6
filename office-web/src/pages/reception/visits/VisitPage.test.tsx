import '../testing/speed';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { user as typist } from '../testing/speed';
import { PEOPLE, ruleViolation, visit, VISIT_ID } from '../testing/fixtures';
import { VisitPage } from './VisitPage';

const at = { route: '/reception/visits/:id', path: `/reception/visits/${VISIT_ID}` };

describe('the visit page', () => {
  it('shows the facts, the approval path and only the acts the service lists for the caller', async () => {
    fakeServer({ [`GET /api/receptions/visits/${VISIT_ID}`]: visit({ actions: ['APPROVE_INVITATION', 'CANCEL'] }) });
    renderPage(<VisitPage />, { me: PEOPLE.director, ...at });

    expect(await screen.findByRole('heading', { level: 2, name: 'Bonghwa County delegation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Approve hosting' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel the visit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record invitation sent' })).not.toBeInTheDocument();
    expect(screen.getByText('City FAO')).toBeInTheDocument();
    expect(screen.getByText('7 days')).toBeInTheDocument();
    expect(screen.getByText('South Korea')).toBeInTheDocument();
  });

  it('offers an auditor no act at all', async () => {
    fakeServer({ [`GET /api/receptions/visits/${VISIT_ID}`]: visit({ actions: [] }) });
    renderPage(<VisitPage />, { me: PEOPLE.auditor, ...at });
    await screen.findByRole('heading', { level: 2, name: 'Bonghwa County delegation' });
    expect(screen.queryByRole('group', { name: 'What you can do now' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve hosting' })).not.toBeInTheDocument();
  });

  it('refuses the page to a role that does not read visits', () => {
    fakeServer({});
    renderPage(<VisitPage />, { me: PEOPLE.clerk, ...at });
    expect(screen.getByText('Your roles do not open this page.')).toBeInTheDocument();
  });

  it('approves with the version seen, and shows the broken hosted-days rule at the departure date', async () => {
    const server = fakeServer({
      [`GET /api/receptions/visits/${VISIT_ID}`]: visit({ actions: ['APPROVE_INVITATION', 'CANCEL'] }),
      [`POST /api/receptions/visits/${VISIT_ID}/approve-invitation`]: () =>
        ruleViolation([
          {
            code: 'HOSTED_DAYS_EXCEEDED',
            field: 'departureDate',
            parameters: { hostedDays: 7, maxDays: 5 },
            message: {
              zh: '无对等接待协议时，接待天数不超过5天，本团为7天（参数 HOSTED_DAYS_WITHOUT_RECIPROCITY）',
              en: 'Without a reciprocity agreement a hosted visit lasts at most 5 days; this one lasts 7 (parameter HOSTED_DAYS_WITHOUT_RECIPROCITY)',
            },
          },
        ]),
    });
    const user = typist();
    renderPage(<VisitPage />, { me: PEOPLE.director, ...at });

    await user.click(await screen.findByRole('button', { name: 'Approve hosting' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Approve hosting' }));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    const approve = server.calls.find((call) => call.method === 'POST')!;
    expect(approve.url.pathname).toBe(`/api/receptions/visits/${VISIT_ID}/approve-invitation`);
    expect(approve.headers.get('If-Match')).toBe('"3"');

    const departure = (await screen.findByText('Departure')).closest('tr')!;
    expect(
      await within(departure).findByText(/HOSTED_DAYS_EXCEEDED: .*at most 5 days; this one lasts 7 \(parameter HOSTED_DAYS_WITHOUT_RECIPROCITY\)/),
    ).toBeInTheDocument();
    expect(screen.getByTestId('violations')).toHaveTextContent('HOSTED_DAYS_EXCEEDED');
  });

  it('cancels only with a reason, sent in the body', async () => {
    const server = fakeServer({
      [`GET /api/receptions/visits/${VISIT_ID}`]: visit({ status: 'INVITED', actions: ['ISSUE_VISA_LETTERS', 'DRAFT_PLAN', 'CANCEL'] }),
      [`POST /api/receptions/visits/${VISIT_ID}/cancel`]: () => ({
        status: 200,
        body: visit({ status: 'CANCELLED', actions: [], version: 4, history: [{ from: 'INVITED', to: 'CANCELLED', by: 'reception', at: '2027-05-03T02:00:00Z', note: 'Postponed' }] }),
      }),
    });
    const user = typist();
    renderPage(<VisitPage />, { me: PEOPLE.reception, ...at });

    await user.click(await screen.findByRole('button', { name: 'Cancel the visit' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the visit' }));
    expect(await within(dialog).findByText('Give the reason for cancelling')).toBeInTheDocument();
    expect(server.calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Reason'), 'Postponed by the guests');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the visit' }));
    await waitFor(() => expect(server.calls.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(server.calls.find((call) => call.method === 'POST')!.body).toEqual({ reason: 'Postponed by the guests' });
    expect(await screen.findByText('Done: Cancel the visit')).toBeInTheDocument();
    expect(await screen.findAllByText('Cancelled')).not.toHaveLength(0);
  });

  it('reads the visit again when the act was refused as stale, and says why', async () => {
    let reads = 0;
    const server = fakeServer({
      [`GET /api/receptions/visits/${VISIT_ID}`]: () => {
        reads += 1;
        return { status: 200, body: reads === 1 ? visit({ actions: ['APPROVE_INVITATION', 'CANCEL'] }) : visit({ status: 'INVITATION_APPROVED', actions: ['CANCEL'], version: 4 }) };
      },
      [`POST /api/receptions/visits/${VISIT_ID}/approve-invitation`]: () => ({
        status: 412,
        body: { type: 'urn:waishi:problem:precondition-failed', title: 'Precondition Failed', status: 412 },
      }),
    });
    const user = typist();
    renderPage(<VisitPage />, { me: PEOPLE.director, ...at });
    await user.click(await screen.findByRole('button', { name: 'Approve hosting' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Approve hosting' }));

    expect(await screen.findByText('Someone else changed this meanwhile: reload and try again.')).toBeInTheDocument();
    await waitFor(() => expect(server.calls.filter((call) => call.method === 'GET' && call.url.pathname === `/api/receptions/visits/${VISIT_ID}`)).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Approve hosting' })).not.toBeInTheDocument());
  });

  it('speaks Chinese by default', async () => {
    fakeServer({ [`GET /api/receptions/visits/${VISIT_ID}`]: visit({ actions: ['APPROVE_INVITATION', 'CANCEL'] }) });
    renderPage(<VisitPage />, { me: PEOPLE.director, language: 'zh', ...at });
    expect(await screen.findByRole('heading', { level: 2, name: '奉化郡代表团' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '批准接待' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '外宾名单' })).toBeInTheDocument();
    expect(screen.getByText('韩国')).toBeInTheDocument();
  });
});
