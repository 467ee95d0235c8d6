import '../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, ME, renderPage } from '../../../test/render';
import { aDelegation } from '../testing/fixtures';
import { TravelPage } from '../shared/TravelPage';
import { DelegationDetail } from './DelegationDetail';

const routes = [
  {
    path: '/travel/delegations/:id',
    element: (
      <TravelPage>
        <DelegationDetail />
      </TravelPage>
    ),
  },
  { path: '/travel/delegations/:id/edit', element: <div>editor page</div> },
];

const EDU = { code: 'U-EDU', name: { zh: '教育局', en: 'Education Bureau' }, kind: 'GOVERNMENT_BUREAU', simplifiedApprovalPath: false };

const ALL_ACT_BUTTONS = [
  'Submit',
  'Sign',
  'Accept',
  'Resubmit',
  'Approve',
  'Issue passports',
  'Record departure',
  'Record return',
  'Take passports back',
  'Submit the trip report',
  'Record the results notice',
  'Close the file',
  'Return for correction',
  'Record an objection',
  'Waive a rule',
  'Reject',
  'Withdraw',
  'Cancel the trip',
  'Edit',
];

function shownActs(): string[] {
  const bar = screen.getByText('What you can do').closest('.ant-card') as HTMLElement;
  return ALL_ACT_BUTTONS.filter((name) => within(bar).queryByRole('button', { name }) !== null);
}

describe('the delegation detail', () => {
  it('offers exactly the acts the service lists, and approves with If-Match and the authority reference', async () => {
    const accepted = aDelegation({
      status: 'ACCEPTED',
      actions: ['APPROVE', 'REJECT'],
      approvingLevel: 'CITY_GOVERNMENT',
      mostSeniorRank: 'BUREAU',
      history: [
        { to: 'DRAFT', by: 'clerk', at: '2026-11-20T02:00:00Z' },
        { from: 'DRAFT', to: 'SUBMITTED', by: 'clerk', at: '2026-11-21T02:00:00Z' },
        { from: 'SUBMITTED', to: 'SIGNED', by: 'signatory', at: '2026-11-22T02:00:00Z' },
        { from: 'SIGNED', to: 'ACCEPTED', by: 'officer', at: '2026-11-23T02:00:00Z' },
      ],
    });
    const server = fakeServer({
      'GET /api/travel/delegations/D1': accepted,
      'GET /api/travel/units/U-EDU': EDU,
      'POST /api/travel/delegations/D1/approve': () => ({ status: 200, body: { ...accepted, status: 'APPROVED', actions: [] } }),
    });
    renderPage(<DelegationDetail />, { me: ME.director, path: '/travel/delegations/D1', routes });

    expect(await screen.findByRole('heading', { level: 2, name: 'Education exchange with Yorba Linda' })).toBeInTheDocument();
    expect(shownActs()).toEqual(['Approve', 'Reject']);

    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Authority reference'), { target: { value: 'SZF-2027-12' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(server.calls.some((call) => call.url.pathname.endsWith('/approve'))).toBe(true));
    const approve = server.calls.find((call) => call.url.pathname.endsWith('/approve'))!;
    expect(approve.method).toBe('POST');
    expect(approve.headers.get('If-Match')).toBe('"1"');
    expect(approve.body).toEqual({ authorityReference: 'SZF-2027-12' });
    // The answer is the file as it now is: approved, nothing more for the director to do.
    expect(await screen.findByText('Nothing for you to do on this file now.')).toBeInTheDocument();
  });

  it('approves at once when the office decides alone, and shows the approval path', async () => {
    const accepted = aDelegation({ status: 'ACCEPTED', actions: ['APPROVE', 'REJECT'] });
    const server = fakeServer({
      'GET /api/travel/delegations/D1': accepted,
      'GET /api/travel/units/U-EDU': EDU,
      'POST /api/travel/delegations/D1/approve': () => ({ status: 200, body: { ...accepted, status: 'APPROVED', actions: [] } }),
    });
    renderPage(<DelegationDetail />, { me: ME.director, path: '/travel/delegations/D1', routes });
    const steps = (await screen.findByText('Approval path')).closest('.ant-card') as HTMLElement;
    expect(within(steps).getByText('Accepted')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(server.calls.some((call) => call.url.pathname.endsWith('/approve'))).toBe(true));
    const approve = server.calls.find((call) => call.url.pathname.endsWith('/approve'))!;
    expect(approve.headers.get('If-Match')).toBe('"1"');
    expect(approve.body).toEqual({});
  });

  it('shows a draft’s rule problems before submitting, and a refused submission with a way back to the editor', async () => {
    const server = fakeServer({
      'GET /api/travel/delegations/D1': aDelegation(),
      'GET /api/travel/units/U-EDU': EDU,
      'GET /api/travel/delegations/D1/precheck': {
        submittable: false,
        violations: [
          {
            code: 'INVITATION_TRANSLATION_MISSING',
            field: 'invitation.translationAttached',
            parameters: { source: 'S5, S9' },
            message: { zh: '缺少邀请函中文译文', en: 'The invitation’s translation is missing' },
          },
        ],
      },
      'POST /api/travel/delegations/D1/submit': () => ({
        status: 422,
        body: {
          type: 'urn:waishi:problem:rule-violation',
          title: 'Rules broken',
          status: 422,
          violations: [
            {
              code: 'INVITATION_TRANSLATION_MISSING',
              field: 'invitation.translationAttached',
              parameters: { source: 'S5, S9' },
              message: { zh: '缺少邀请函中文译文', en: 'The invitation’s translation is missing' },
            },
          ],
        },
      }),
    });
    renderPage(<DelegationDetail />, { me: ME.clerk, path: '/travel/delegations/D1', routes });

    const stored = await screen.findByTestId('stored-precheck');
    expect(within(stored).getByText('INVITATION_TRANSLATION_MISSING')).toBeInTheDocument();
    expect(within(stored).getByText(/The invitation’s translation is missing/)).toBeInTheDocument();
    expect(shownActs()).toEqual(['Submit', 'Withdraw', 'Edit']);
    expect(screen.queryByRole('button', { name: 'Waive a rule' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    const alert = await screen.findByTestId('violations');
    expect(within(alert).getByText('INVITATION_TRANSLATION_MISSING')).toBeInTheDocument();
    const submit = server.calls.find((call) => call.url.pathname.endsWith('/submit'))!;
    expect(submit.headers.get('If-Match')).toBe('"1"');
    const back = screen.getAllByRole('link', { name: 'Back to the editor' });
    expect(back.length).toBeGreaterThan(0);
    expect(back[0]).toHaveAttribute('href', '/travel/delegations/D1/edit');
  });

  it('lets the director waive a rule that stops the file, with a written reason', async () => {
    const signed = aDelegation({ status: 'SIGNED', actions: ['WAIVE', 'APPROVE', 'REJECT'] });
    const server = fakeServer({
      'GET /api/travel/delegations/D1': signed,
      'GET /api/travel/units/U-EDU': EDU,
      'GET /api/travel/delegations/D1/precheck': {
        submittable: false,
        violations: [
          {
            code: 'SAME_COUNTRY_INTERVAL',
            field: 'departureDate',
            parameters: { country: 'US' },
            message: { zh: '本单位已有团组赴US，间隔不足', en: 'The unit already has a delegation to US' },
          },
        ],
      },
      'POST /api/travel/delegations/D1/waivers': () => ({ status: 200, body: signed }),
    });
    renderPage(<DelegationDetail />, { me: ME.director, path: '/travel/delegations/D1', routes, language: 'zh' });
    // Offered once the stored precheck names a rule to waive.
    const waive = (await screen.findByText('豁免规则')).closest('button') as HTMLElement;
    expect(screen.getByRole('button', { name: '批准' })).toBeInTheDocument();
    fireEvent.click(waive);
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('豁免的规则'));
    const option = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-select-item-option[title="SAME_COUNTRY_INTERVAL"]');
      if (!found) throw new Error('no option yet');
      return found;
    });
    fireEvent.click(option);
    fireEvent.change(within(dialog).getByLabelText('理由（至少 10 个字）'), { target: { value: '市政府专题会议决定按期出访，间隔规则豁免' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(server.calls.some((call) => call.url.pathname.endsWith('/waivers'))).toBe(true));
    const call = server.calls.find((candidate) => candidate.url.pathname.endsWith('/waivers'))!;
    expect(call.body).toEqual({ ruleCode: 'SAME_COUNTRY_INTERVAL', reason: '市政府专题会议决定按期出访，间隔规则豁免' });
    expect(call.headers.get('If-Match')).toBe('"1"');
  });
});
