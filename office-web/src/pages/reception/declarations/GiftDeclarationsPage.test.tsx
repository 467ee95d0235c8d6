import '../testing/speed';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import type { Declaration } from '../model';
import { PEOPLE, VISIT_ID } from '../testing/fixtures';
import { user as typist } from '../testing/speed';
import { GiftDeclarationsPage } from './GiftDeclarationsPage';

function declaration(overrides: Partial<Declaration> = {}): Declaration {
  return {
    declarationId: 'd-1',
    visitId: VISIT_ID,
    giftEntryId: 'gr-1',
    valueYuan: 800,
    receivedOn: '2027-06-11',
    dueDate: '2027-07-11',
    status: 'DUE',
    overdue: true,
    daysOverdue: 3,
    late: false,
    from: 'Bonghwa County',
    receivedBy: 'Mayor Li',
    description: 'Celadon vase',
    version: 6,
    ...overrides,
  };
}

const page = (items: Declaration[]) => ({ items, page: 0, size: 20, total: items.length });

describe('gift declarations', () => {
  it('lists the due ones with the overdue days, and filters to the overdue ones', async () => {
    const server = fakeServer({ 'GET /api/receptions/gift-declarations': page([declaration()]) });
    const user = typist();
    renderPage(<GiftDeclarationsPage />, { me: PEOPLE.auditor });

    const row = (await screen.findByText('Celadon vase')).closest('tr')!;
    expect(within(row).getByText('3 days overdue')).toBeInTheDocument();
    expect(within(row).getByText('CN¥800.00')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Open the visit' })).toHaveAttribute('href', `/reception/visits/${VISIT_ID}?tab=hospitality`);
    expect(server.calls[0].url.search).toBe('?status=DUE&page=0&size=20');
    expect(screen.queryByRole('button', { name: /Declare/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: 'Overdue only' }));
    await waitFor(() => expect(server.calls.map((call) => call.url.search)).toContain('?status=DUE&overdue=true&page=0&size=20'));
  });

  it('records a declaration with the version of the hospitality it lives in', async () => {
    const server = fakeServer({
      'GET /api/receptions/gift-declarations': page([declaration()]),
      'POST /api/receptions/gift-declarations/d-1/declared': () => ({
        status: 200,
        body: declaration({ status: 'DECLARED', overdue: false, late: true, handedInOn: '2027-07-14', handedInBy: 'Mayor Li', handedTo: 'State asset office' }),
      }),
    });
    const user = typist();
    renderPage(<GiftDeclarationsPage />, { me: PEOPLE.reception });

    await user.click(await screen.findByRole('button', { name: 'Declare: Celadon vase' }));
    const dialog = await screen.findByRole('dialog');
    await user.clear(within(dialog).getByLabelText('Handed in on'));
    await user.type(within(dialog).getByLabelText('Handed in on'), '2027-07-14{Enter}');
    await user.type(within(dialog).getByLabelText('Handed in by'), 'Mayor Li');
    await user.type(within(dialog).getByLabelText('Handed to'), 'State asset office');
    await user.click(within(dialog).getByRole('button', { name: 'Declare' }));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    const declared = server.calls.find((call) => call.method === 'POST')!;
    expect(declared.headers.get('If-Match')).toBe('"6"');
    expect(declared.body).toEqual({ handedInOn: '2027-07-14', handedInBy: 'Mayor Li', handedTo: 'State asset office' });
    expect(await screen.findByText('Declaration recorded')).toBeInTheDocument();
  });

  it('is for reception officers and auditors only', () => {
    fakeServer({});
    renderPage(<GiftDeclarationsPage />, { me: PEOPLE.director, language: 'zh' });
    expect(screen.getByText('您的角色无权查看此页。')).toBeInTheDocument();
  });
});
