import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer } from '../../../../test/render';
import { addTags, choose, dataRows, fill, helpOf, PEOPLE, pickDate, renderRecords, requests, SLOW, typist } from '../testing';

const REQUESTED = {
  id: 'A-1',
  unit: 'U-EDU',
  category: 'TECHNICAL',
  purpose: 'Equipment maintenance visits',
  people: [
    { personId: 'P-1', name: 'Zhang Wei', post: 'Engineer' },
    { personId: 'P-2', name: 'Li Na', post: 'Technician' },
  ],
  countries: ['DE', 'FR'],
  validFrom: '2026-01-01',
  status: 'REQUESTED',
  requestedBy: 'clerk',
  requestedAt: '2025-12-01T02:00:00Z',
  trips: [],
  version: 2,
};
const GRANTED = {
  ...REQUESTED,
  id: 'A-2',
  purpose: 'After-sales visits',
  status: 'GRANTED',
  validUntil: '2099-12-31',
  decidedBy: 'director',
  decidedAt: '2025-12-05T02:00:00Z',
  trips: [
    {
      tripId: 'T1',
      personIds: ['P-1'],
      countries: ['DE'],
      departureDate: '2026-03-01',
      returnDate: '2026-03-05',
      purpose: 'Repair a press',
      registeredBy: 'clerk',
      registeredAt: '2026-02-01T02:00:00Z',
    },
  ],
  version: 7,
};
const page = (items: unknown[], total = items.length) => ({ items, page: 0, size: 20, total });

describe('multi-trip authorisations', SLOW, () => {
  it('lists the authorisations and sends the status and page asked for', async () => {
    const server = fakeServer({ 'GET /api/travel/authorisations': page([REQUESTED, GRANTED], 30) });
    renderRecords('/travel/authorisations', PEOPLE.director);
    expect(await screen.findByRole('link', { name: 'Equipment maintenance visits' }, { timeout: 20000 })).toBeInTheDocument();
    const [first, second] = dataRows();
    expect(within(first).getByText('Requested')).toBeInTheDocument();
    expect(within(second).getByText('Granted')).toBeInTheDocument();
    expect(within(second).getByText('2026-01-01 – 2099-12-31')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Request an authorisation' })).toBeNull();

    await choose('Status', 'Granted');
    fill(screen.getByLabelText('Unit'), 'U-EDU');
    await typist().click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => {
      const last = requests(server.calls, 'GET', '/api/travel/authorisations').at(-1)!;
      expect(Object.fromEntries(last.url.searchParams)).toEqual({ status: 'GRANTED', unit: 'U-EDU', page: '0', size: '20' });
    });
    await typist().click(await screen.findByTitle('2'));
    await waitFor(() => expect(requests(server.calls, 'GET', '/api/travel/authorisations').at(-1)!.url.searchParams.get('page')).toBe('1'));
  });

  it('lets a unit clerk request one, and shows the rules broken next to their fields', async () => {
    const server = fakeServer({
      'GET /api/travel/authorisations': page([]),
      'POST /api/travel/authorisations': () => ({
        status: 422,
        body: {
          type: 'urn:waishi:problem:rule-violation',
          title: 'Rules broken',
          status: 422,
          violations: [
            {
              code: 'AUTHORISATION_CATEGORY',
              field: 'category',
              parameters: { category: 'GOVERNMENT_EXCHANGE' },
              message: { zh: 'GOVERNMENT_EXCHANGE类人员不适用一次审批、多次有效', en: 'Category GOVERNMENT_EXCHANGE cannot get a multi-trip authorisation' },
            },
          ],
        },
      }),
    });
    renderRecords('/travel/authorisations', PEOPLE.clerk);
    const user = typist();
    await user.click(await screen.findByRole('button', { name: 'Request an authorisation' }));
    const dialog = await screen.findByRole('dialog');
    await choose('Category', 'Government exchange');
    pickDate('Valid from', '2026-07-01');
    fill(within(dialog).getByLabelText('Purpose'), 'Regular exchange visits');
    addTags(within(dialog).getByLabelText('Countries'), ['jp', 'kr']);
    fill(within(dialog).getByLabelText('Person id'), 'P-9');
    fill(within(dialog).getByLabelText('Name'), 'Wang Fang');
    await user.click(within(dialog).getByRole('button', { name: 'Send the request' }));
    await waitFor(() => expect(requests(server.calls, 'POST', '/api/travel/authorisations')).toHaveLength(1));
    expect(requests(server.calls, 'POST', '/api/travel/authorisations')[0].body).toEqual({
      category: 'GOVERNMENT_EXCHANGE',
      purpose: 'Regular exchange visits',
      people: [{ personId: 'P-9', name: 'Wang Fang' }],
      countries: ['JP', 'KR'],
      validFrom: '2026-07-01',
    });
    await waitFor(() => expect(helpOf(within(dialog).getByLabelText('Category'))).toContain('AUTHORISATION_CATEGORY: Category GOVERNMENT_EXCHANGE cannot get'));
  });

  it('offers the director grant and refusal of a request, the refusal with a reason of ten characters or more', async () => {
    const server = fakeServer({
      'GET /api/travel/authorisations/A-1': REQUESTED,
      'POST /api/travel/authorisations/A-1/refuse': () => ({ status: 200, body: { ...REQUESTED, status: 'REFUSED' } }),
    });
    renderRecords('/travel/authorisations/A-1', PEOPLE.director);
    expect(await screen.findByRole('button', { name: 'Grant' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revoke' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Register a trip' })).toBeNull();
    const user = typist();
    await user.click(screen.getByRole('button', { name: 'Refuse' }));
    const dialog = await screen.findByRole('dialog');
    fill(within(dialog).getByLabelText('Reason'), 'Too vague');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByText('At least 10 characters')).toBeInTheDocument();
    expect(requests(server.calls, 'POST', '/api/travel/authorisations/A-1/refuse')).toHaveLength(0);
    fill(within(dialog).getByLabelText('Reason'), 'The purpose is not one trip type');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(requests(server.calls, 'POST', '/api/travel/authorisations/A-1/refuse')).toHaveLength(1));
    const [call] = requests(server.calls, 'POST', '/api/travel/authorisations/A-1/refuse');
    expect(call.body).toEqual({ reason: 'The purpose is not one trip type' });
    expect(call.headers.get('If-Match')).toBe('"2"');
  });

  it('grants with the version read', async () => {
    const server = fakeServer({
      'GET /api/travel/authorisations/A-1': REQUESTED,
      'POST /api/travel/authorisations/A-1/grant': () => ({ status: 200, body: GRANTED }),
    });
    renderRecords('/travel/authorisations/A-1', PEOPLE.director);
    const user = typist();
    await user.click(await screen.findByRole('button', { name: 'Grant' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/holds from 2026-01-01/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Grant' }));
    await waitFor(() => expect(requests(server.calls, 'POST', '/api/travel/authorisations/A-1/grant')).toHaveLength(1));
    expect(requests(server.calls, 'POST', '/api/travel/authorisations/A-1/grant')[0].headers.get('If-Match')).toBe('"2"');
  });

  it('shows a grant and its trips; the unit clerk registers a trip, the violations shown by field', async () => {
    const server = fakeServer({
      'GET /api/travel/authorisations/A-2': GRANTED,
      'POST /api/travel/authorisations/A-2/trips': () => ({
        status: 422,
        body: {
          type: 'urn:waishi:problem:rule-violation',
          title: 'Rules broken',
          status: 422,
          violations: [
            {
              code: 'AUTHORISATION_NOT_VALID',
              field: 'departureDate',
              parameters: { validFrom: '2026-01-01', validUntil: '2099-12-31' },
              message: { zh: '行程须在批件有效期内', en: 'The trip must fall within the authorisation’s validity' },
            },
            {
              code: 'MAX_DAYS_ABROAD',
              field: 'returnDate',
              parameters: { limit: 5, actual: 9 },
              message: { zh: '在外天数超过5天', en: 'At most 5 days abroad (parameter MAX_DAYS_ABROAD)' },
            },
            {
              code: 'UNIT_BLOCKED_BY_OVERDUE_PASSPORT',
              parameters: { unit: 'U-EDU' },
              message: { zh: '单位有逾期未交护照', en: 'The unit has an overdue passport' },
            },
          ],
        },
      }),
    });
    renderRecords('/travel/authorisations/A-2', PEOPLE.clerk);
    expect(await screen.findByText('Repair a press')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revoke' })).toBeNull();
    const user = typist();
    await user.click(screen.getByRole('button', { name: 'Register a trip' }));
    const dialog = await screen.findByRole('dialog');
    await choose('Travellers', 'Li Na (P-2)');
    await choose(/^Countries/, 'FR');
    pickDate('Departure', '2026-05-01');
    pickDate('Return', '2026-05-09');
    fill(within(dialog).getByLabelText('Task'), 'Install a line');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(requests(server.calls, 'POST', '/api/travel/authorisations/A-2/trips')).toHaveLength(1));
    const [call] = requests(server.calls, 'POST', '/api/travel/authorisations/A-2/trips');
    expect(call.body).toEqual({ personIds: ['P-2'], countries: ['FR'], departureDate: '2026-05-01', returnDate: '2026-05-09', purpose: 'Install a line' });
    expect(call.headers.get('If-Match')).toBe('"7"');
    await waitFor(() => expect(helpOf(within(dialog).getByLabelText('Departure'))).toContain('AUTHORISATION_NOT_VALID'));
    expect(helpOf(within(dialog).getByLabelText('Return'))).toContain('MAX_DAYS_ABROAD: At most 5 days abroad');
    expect(within(dialog).getByTestId('violations')).toHaveTextContent('UNIT_BLOCKED_BY_OVERDUE_PASSPORT: The unit has an overdue passport');
  });

  it('shows the director the revocation of a grant, and another unit’s clerk no act', async () => {
    fakeServer({ 'GET /api/travel/authorisations/A-2': GRANTED });
    const director = renderRecords('/travel/authorisations/A-2', PEOPLE.director);
    expect(await screen.findByRole('button', { name: 'Revoke' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Register a trip' })).toBeNull();
    director.unmount();
    renderRecords('/travel/authorisations/A-2', { ...PEOPLE.clerk, unit: 'U-HEALTH' });
    await screen.findByText('Repair a press');
    expect(screen.queryByRole('button', { name: 'Register a trip' })).toBeNull();
  });

  it('is in Chinese for a Chinese interface', async () => {
    fakeServer({ 'GET /api/travel/authorisations/A-2': GRANTED });
    renderRecords('/travel/authorisations/A-2', PEOPLE.clerk, 'zh');
    expect(await screen.findByRole('button', { name: '登记出访' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'U-EDU的多次有效批件' })).toBeInTheDocument();
    expect(screen.getByText('技术交流')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '登记出访' }));
    expect(await screen.findByLabelText('出访人员')).toBeInTheDocument();
  });
});
