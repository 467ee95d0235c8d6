import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer } from '../../../../test/render';
import { choose, fill, helpOf, PEOPLE, pickDate, renderRecords, requests, SLOW, typist } from '../testing';

const LENT = {
  id: 'PP-1',
  personId: 'P-100',
  holderName: 'Zhang Wei',
  holderUnit: 'U-EDU',
  rank: 'DIVISION',
  type: 'SERVICE',
  number: 'SE****78',
  expiresOn: '2030-05-01',
  valid: true,
  state: 'ON_LOAN',
  currentLoan: { delegationId: 'D-7', unit: 'U-EDU', lentOn: '2026-01-10', dueBack: '2026-02-01' },
  daysOverdue: 3,
};
const KEPT = { ...LENT, id: 'PP-2', personId: 'P-200', holderName: 'Li Na', number: 'PE****11', state: 'IN_CUSTODY', currentLoan: undefined, daysOverdue: 0 };

const VIEW = {
  ...LENT,
  number: 'SE1234578',
  numberMasked: false,
  issuedOn: '2020-05-02',
  overdueAlertStage: 'OVERDUE',
  pastLoans: [{ delegationId: 'D-2', unit: 'U-EDU', lentOn: '2025-03-01', dueBack: '2025-03-20', returnedOn: '2025-03-25' }],
  registeredBy: 'officer',
  registeredAt: '2025-01-01T02:00:00Z',
  history: [
    { act: 'REGISTER', to: 'IN_CUSTODY', by: 'officer', at: '2025-01-01T02:00:00Z' },
    { act: 'LEND', from: 'IN_CUSTODY', to: 'ON_LOAN', by: 'officer', at: '2026-01-10T02:00:00Z', detail: 'D-7' },
  ],
  version: 3,
};

const page = (items: unknown[], total = items.length) => ({ items, page: 0, size: 20, total });

describe('passport register', SLOW, () => {
  it('lists the passports with masked numbers and overdue loans in days', async () => {
    fakeServer({ 'GET /api/travel/passports': page([LENT, KEPT]) });
    renderRecords('/travel/passports', PEOPLE.officer);
    expect(await screen.findByRole('link', { name: 'Zhang Wei' })).toHaveAttribute('href', '/travel/passports/PP-1');
    expect(screen.getByText('SE****78')).toBeInTheDocument();
    expect(screen.getByText('3 days overdue')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'D-7' })).toHaveAttribute('href', '/travel/delegations/D-7');
    const keptRow = screen.getByRole('link', { name: 'Li Na' }).closest('tr')!;
    expect(within(keptRow).getByText('In custody')).toBeInTheDocument();
    expect(within(keptRow).queryByText(/overdue/)).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Official passports' })).toBeInTheDocument();
  });

  it('sends the filters and the page the user asks for', async () => {
    const server = fakeServer({ 'GET /api/travel/passports': page([LENT], 45) });
    renderRecords('/travel/passports', PEOPLE.officer);
    await screen.findByText('Zhang Wei');
    const user = typist();
    fill(screen.getByLabelText('Unit'), 'U-EDU');
    await choose('Custody', 'On loan');
    fill(screen.getByLabelText('Person id'), 'P-100');
    await user.click(screen.getByRole('switch', { name: 'Overdue only' }));
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => {
      const last = requests(server.calls, 'GET', '/api/travel/passports').at(-1)!;
      expect(Object.fromEntries(last.url.searchParams)).toEqual({ unit: 'U-EDU', state: 'ON_LOAN', personId: 'P-100', overdue: 'true', page: '0', size: '20' });
    });
    await user.click(await screen.findByTitle('2'));
    await waitFor(() => {
      const last = requests(server.calls, 'GET', '/api/travel/passports').at(-1)!;
      expect(last.url.searchParams.get('page')).toBe('1');
      expect(last.url.searchParams.get('overdue')).toBe('true');
    });
  });

  it('offers registration to passport officers only, and the unit filter to office-wide readers only', async () => {
    fakeServer({ 'GET /api/travel/passports': page([LENT]) });
    const officer = renderRecords('/travel/passports', PEOPLE.officer);
    expect(await screen.findByRole('button', { name: 'Register a passport' })).toBeInTheDocument();
    officer.unmount();

    renderRecords('/travel/passports', PEOPLE.clerk);
    await screen.findByText('Zhang Wei');
    expect(screen.queryByRole('button', { name: 'Register a passport' })).toBeNull();
    expect(screen.queryByLabelText('Unit')).toBeNull();
  });

  it('shows no acts to an auditor, even one who is also an officer', async () => {
    fakeServer({ 'GET /api/travel/passports': page([LENT]), 'GET /api/travel/passports/PP-1': VIEW });
    const list = renderRecords('/travel/passports', PEOPLE.officerAuditor);
    await screen.findByText('Zhang Wei');
    expect(screen.getByLabelText('Unit')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Register a passport' })).toBeNull();
    list.unmount();
    renderRecords('/travel/passports/PP-1', PEOPLE.auditor);
    await screen.findByRole('heading', { name: 'Official passport of Zhang Wei' });
    expect(screen.queryByRole('button', { name: 'Take back into custody' })).toBeNull();
  });

  it('registers a passport with the body the service expects and opens it', async () => {
    const server = fakeServer({
      'GET /api/travel/passports': page([]),
      'POST /api/travel/passports': () => ({ status: 201, body: { ...VIEW, id: 'PP-9' } }),
      'GET /api/travel/passports/PP-9': { ...VIEW, id: 'PP-9' },
    });
    const { router } = renderRecords('/travel/passports', PEOPLE.officer);
    const user = typist();
    await user.click(await screen.findByRole('button', { name: 'Register a passport' }));
    const dialog = await screen.findByRole('dialog');
    fill(within(dialog).getByLabelText('Person id'), 'P-300');
    fill(within(dialog).getByLabelText('Holder’s name'), 'Wang Fang');
    fill(within(dialog).getByLabelText('Holder’s unit'), 'U-EDU');
    await choose('Rank', 'Division');
    await choose('Passport type', 'Service');
    fill(within(dialog).getByLabelText('Passport number'), 'se1234567');
    pickDate('Issued on', '2024-03-01');
    pickDate('Expires on', '2034-02-28');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(requests(server.calls, 'POST', '/api/travel/passports')).toHaveLength(1));
    expect(requests(server.calls, 'POST', '/api/travel/passports')[0]).toMatchObject({
      body: {
        personId: 'P-300',
        holderName: 'Wang Fang',
        holderUnit: 'U-EDU',
        rank: 'DIVISION',
        type: 'SERVICE',
        number: 'SE1234567',
        issuedOn: '2024-03-01',
        expiresOn: '2034-02-28',
      },
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/travel/passports/PP-9'));
  });

  it('shows each broken rule next to the field it concerns, in the interface language', async () => {
    fakeServer({
      'GET /api/travel/passports': page([]),
      'POST /api/travel/passports': () => ({
        status: 422,
        body: {
          type: 'urn:waishi:problem:rule-violation',
          title: 'Rules broken',
          status: 422,
          violations: [
            {
              code: 'ONE_PASSPORT_PER_PERSON',
              field: 'personId',
              parameters: { limit: 1 },
              message: { zh: 'P-300已持有有效因公护照', en: 'Person P-300 already holds a valid official passport' },
            },
            {
              code: 'PASSPORT_TYPE_BY_RANK',
              field: 'type',
              parameters: { expected: 'SERVICE' },
              message: { zh: '职级DIVISION应持公务护照', en: 'Rank DIVISION holds a service passport, not a diplomatic one' },
            },
          ],
        },
      }),
    });
    renderRecords('/travel/passports', PEOPLE.officer);
    const user = typist();
    await user.click(await screen.findByRole('button', { name: 'Register a passport' }));
    const dialog = await screen.findByRole('dialog');
    fill(within(dialog).getByLabelText('Person id'), 'P-300');
    fill(within(dialog).getByLabelText('Holder’s name'), 'Wang Fang');
    fill(within(dialog).getByLabelText('Holder’s unit'), 'U-EDU');
    await choose('Rank', 'Division');
    await choose('Passport type', 'Diplomatic');
    fill(within(dialog).getByLabelText('Passport number'), 'DE1234567');
    pickDate('Issued on', '2024-03-01');
    pickDate('Expires on', '2034-02-28');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(helpOf(within(dialog).getByLabelText('Person id'))).toContain('ONE_PASSPORT_PER_PERSON: Person P-300 already holds a valid official passport'));
    expect(helpOf(within(dialog).getByLabelText('Passport type'))).toContain('PASSPORT_TYPE_BY_RANK: Rank DIVISION holds a service passport');
    expect(helpOf(within(dialog).getByLabelText('Holder’s name'))).toBe('');
    expect(within(dialog).getByTestId('violations')).toHaveTextContent('ONE_PASSPORT_PER_PERSON');
    // Once the field is changed, its message gives way to the form's own checks.
    fill(within(dialog).getByLabelText('Person id'), '1');
    await waitFor(() => expect(helpOf(within(dialog).getByLabelText('Person id'))).toBe(''));
    expect(helpOf(within(dialog).getByLabelText('Passport type'))).toContain('PASSPORT_TYPE_BY_RANK');
  });
});

describe('one passport', SLOW, () => {
  it('shows the overdue loan, past loans and history, and takes the passport back with its version', async () => {
    const server = fakeServer({
      'GET /api/travel/passports/PP-1': VIEW,
      'POST /api/travel/passports/PP-1/return': () => ({ status: 200, body: { ...VIEW, state: 'IN_CUSTODY', version: 4 } }),
    });
    renderRecords('/travel/passports/PP-1', PEOPLE.officer);
    expect(await screen.findByRole('heading', { level: 2, name: 'Official passport of Zhang Wei' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Overdue by 3 days: due back on 2026-02-01 from unit U-EDU');
    expect(screen.getByText('SE1234578')).toBeInTheDocument();
    expect(screen.getByText('returned 5 days late')).toBeInTheDocument();
    expect(screen.getByText('Lent')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel the passport' })).toBeNull();

    const user = typist();
    await user.click(screen.getByRole('button', { name: 'Take back into custody' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(requests(server.calls, 'POST', '/api/travel/passports/PP-1/return')).toHaveLength(1));
    const [call] = requests(server.calls, 'POST', '/api/travel/passports/PP-1/return');
    expect(call.headers.get('If-Match')).toBe('"3"');
    expect(call.body).toEqual({});
    expect(await screen.findByText('Passport back in custody')).toBeInTheDocument();
  });

  it('cancels a passport in custody with the reason given', async () => {
    const kept = { ...VIEW, state: 'IN_CUSTODY', currentLoan: undefined, daysOverdue: 0, version: 5 };
    const server = fakeServer({
      'GET /api/travel/passports/PP-1': kept,
      'POST /api/travel/passports/PP-1/cancel': () => ({ status: 200, body: { ...kept, state: 'CANCELLED' } }),
    });
    renderRecords('/travel/passports/PP-1', PEOPLE.officer);
    const user = typist();
    await user.click(await screen.findByRole('button', { name: 'Cancel the passport' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByText('Required')).toBeInTheDocument();
    fill(within(dialog).getByLabelText('Reason'), 'Holder retired');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(requests(server.calls, 'POST', '/api/travel/passports/PP-1/cancel')).toHaveLength(1));
    const [call] = requests(server.calls, 'POST', '/api/travel/passports/PP-1/cancel');
    expect(call.body).toEqual({ reason: 'Holder retired' });
    expect(call.headers.get('If-Match')).toBe('"5"');
  });

  it('speaks Chinese when the interface does', async () => {
    fakeServer({ 'GET /api/travel/passports': page([LENT]) });
    renderRecords('/travel/passports', PEOPLE.officer, 'zh');
    expect(await screen.findByRole('heading', { level: 2, name: '因公护照' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '持照人' })).toBeInTheDocument();
    expect(await screen.findByText('逾期 3 天')).toBeInTheDocument();
    expect(screen.getByText('公务护照')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '登记护照' })).toBeInTheDocument();
  });
});
