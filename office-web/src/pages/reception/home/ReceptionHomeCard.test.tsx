import '../testing/speed';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import type { Visit, VisitStatus } from '../model';
import { PEOPLE, visit } from '../testing/fixtures';
import { ReceptionHomeCard } from './ReceptionHomeCard';

/** The visit list by state: two requested visits (the director's to approve), one plan approved, one in progress. */
function visitsByState(actionsFor: (status: VisitStatus) => Visit['actions']) {
  const counts: Partial<Record<VisitStatus, number>> = { REQUESTED: 2, PLAN_APPROVED: 1, IN_PROGRESS: 1 };
  return (_: unknown, url: URL) => {
    const status = url.searchParams.get('status') as VisitStatus;
    const total = counts[status] ?? 0;
    const items = Array.from({ length: total }, (_, index) =>
      visit({ id: `${status}-${index}`, status, title: { zh: `${status} ${index}`, en: `${status} visit ${index + 1}` }, actions: actionsFor(status) }),
    );
    return { status: 200, body: { items, page: 0, size: 5, total } };
  };
}

function serve(actionsFor: (status: VisitStatus) => Visit['actions']) {
  return fakeServer({
    'GET /api/receptions/visits/upcoming': [visit({ id: 'soon', status: 'PLAN_APPROVED', title: { zh: '近期', en: 'Arriving soon' }, arrivalDate: '2099-01-01' })],
    'GET /api/receptions/visits': visitsByState(actionsFor),
    'GET /api/receptions/gift-declarations': {
      items: [
        { declarationId: 'd-1', visitId: 'v', giftEntryId: 'g', valueYuan: 800, receivedOn: '2027-06-11', dueDate: '2027-07-11', status: 'DUE', overdue: true, daysOverdue: 3, late: false, description: 'Celadon vase', version: 1 },
      ],
      page: 0,
      size: 5,
      total: 1,
    },
  });
}

describe('the reception card on the home page', () => {
  it('shows the director the visits waiting for approval, those arriving soon and the count per state', async () => {
    const server = serve((status) => (status === 'REQUESTED' ? ['APPROVE_INVITATION', 'CANCEL'] : ['CANCEL']));
    renderPage(<ReceptionHomeCard me={PEOPLE.director} />, { me: PEOPLE.director });

    expect(await screen.findByRole('link', { name: 'REQUESTED visit 1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'REQUESTED visit 2' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'IN_PROGRESS visit 1' })).not.toBeInTheDocument();
    expect(screen.getAllByText('Approve hosting')).toHaveLength(2);
    expect(await screen.findByRole('link', { name: 'Arriving soon' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Requested: 2')).toBeInTheDocument());
    expect(screen.getByLabelText('Plan approved: 1')).toBeInTheDocument();
    expect(screen.getByLabelText('Archived: 0')).toBeInTheDocument();
    // The director does not read gift declarations.
    expect(server.calls.some((call) => call.url.pathname === '/api/receptions/gift-declarations')).toBe(false);
    expect(screen.queryByText('Overdue gift declarations')).not.toBeInTheDocument();
  });

  it('shows a reception officer their acts and the overdue gift declarations', async () => {
    const server = serve((status) =>
      status === 'PLAN_APPROVED' ? ['START', 'DRAFT_PLAN', 'CANCEL'] : status === 'IN_PROGRESS' ? ['COMPLETE', 'CANCEL'] : ['CANCEL'],
    );
    renderPage(<ReceptionHomeCard me={PEOPLE.reception} />, { me: PEOPLE.reception });

    expect(await screen.findByRole('link', { name: 'PLAN_APPROVED visit 1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'IN_PROGRESS visit 1' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'REQUESTED visit 1' })).not.toBeInTheDocument();
    expect(await screen.findByText(/Celadon vase/)).toBeInTheDocument();
    expect(screen.getByText(/3 days overdue/)).toBeInTheDocument();
    const ask = server.calls.find((call) => call.url.pathname === '/api/receptions/gift-declarations')!;
    expect(ask.url.search).toBe('?status=DUE&overdue=true&page=0&size=5');
  });

  it('gives an auditor the counts and lists, but nothing to act on', async () => {
    serve(() => []);
    renderPage(<ReceptionHomeCard me={PEOPLE.auditor} />, { me: PEOPLE.auditor, language: 'zh' });
    expect(await screen.findByText('外宾接待')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('已申请：2')).toBeInTheDocument());
    expect(screen.queryByText('待我办理的来访')).not.toBeInTheDocument();
    expect(await screen.findByText('逾期未上交的礼品')).toBeInTheDocument();
  });
});
