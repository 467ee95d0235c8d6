import '../testing/speed';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { INTERPRETERS, PEOPLE, validation, VENUES } from '../testing/fixtures';
import { user as typist } from '../testing/speed';
import { InterpretersPage } from './InterpretersPage';
import { VenuesPage } from './VenuesPage';

describe('venues', () => {
  it('lists the venues with their seats and state; only reception officers register or deactivate', async () => {
    fakeServer({ 'GET /api/receptions/venues': { ...VENUES, size: 20 } });
    renderPage(<VenuesPage />, { me: PEOPLE.director });
    const hall = (await screen.findByText('Meeting hall')).closest('tr')!;
    expect(within(hall).getByText('40')).toBeInTheDocument();
    expect(within(hall).getByText('Bookable')).toBeInTheDocument();
    expect(within(screen.getByText('Old hall').closest('tr')!).getByText('Deactivated')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Register a venue' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Deactivate Meeting hall' })).not.toBeInTheDocument();
  });

  it('registers a venue and shows a refused field next to it', async () => {
    const server = fakeServer({
      'GET /api/receptions/venues': { ...VENUES, size: 20 },
      'POST /api/receptions/venues': () => validation([{ field: 'capacity', message: 'must be at most 100000' }]),
    });
    const user = typist();
    renderPage(<VenuesPage />, { me: PEOPLE.reception });
    await user.click(await screen.findByRole('button', { name: 'Register a venue' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Name (Chinese)'), '宴会厅');
    await user.type(within(dialog).getByLabelText('Name (English)'), 'Banquet hall');
    await user.type(within(dialog).getByLabelText('Address'), '3 Civic Square');
    await user.type(within(dialog).getByLabelText('Seats'), '120');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    expect(server.calls.find((call) => call.method === 'POST')!.body).toEqual({ name: { zh: '宴会厅', en: 'Banquet hall' }, address: '3 Civic Square', capacity: 120 });
    const seats = within(dialog).getByLabelText('Seats').closest('.ant-form-item') as HTMLElement;
    expect(await within(seats).findByText('must be at most 100000')).toBeInTheDocument();
  });

  it('deactivates a venue with the version seen', async () => {
    const server = fakeServer({
      'GET /api/receptions/venues': { ...VENUES, size: 20 },
      'POST /api/receptions/venues/venue-hall/deactivate': () => ({ status: 200, body: { ...VENUES.items[0], active: false, version: 2 } }),
    });
    const user = typist();
    renderPage(<VenuesPage />, { me: PEOPLE.reception });
    await user.click(await screen.findByRole('button', { name: 'Deactivate Meeting hall' }));
    await user.click((await screen.findAllByRole('button', { name: 'Deactivate' })).at(-1)!);
    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    expect(server.calls.find((call) => call.method === 'POST')!.headers.get('If-Match')).toBe('"1"');
  });
});

describe('interpreters', () => {
  it('lists the interpreters with their languages and unavailable periods', async () => {
    fakeServer({ 'GET /api/receptions/interpreters': { ...INTERPRETERS, size: 20 } });
    renderPage(<InterpretersPage />, { me: PEOPLE.auditor, language: 'zh' });
    const smith = (await screen.findByText('Smith English')).closest('tr')!;
    expect(within(smith).getByText('英语 (en), 法语 (fr)')).toBeInTheDocument();
    expect(within(smith).getByText('2027-06-11 00:00 – 2027-06-12 00:00')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '登记翻译' })).not.toBeInTheDocument();
  });

  it('registers an interpreter with BCP 47 languages', async () => {
    const server = fakeServer({
      'GET /api/receptions/interpreters': { ...INTERPRETERS, size: 20 },
      'POST /api/receptions/interpreters': () => ({ status: 201, body: { ...INTERPRETERS.items[0], id: 'int-ja', name: 'Sato', languages: ['ja'] } }),
    });
    const user = typist();
    renderPage(<InterpretersPage />, { me: PEOPLE.reception });
    await user.click(await screen.findByRole('button', { name: 'Register an interpreter' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Name'), 'Sato Hanako');
    await user.click(within(dialog).getByLabelText('Languages'));
    await user.click(await screen.findByTitle('Japanese (ja)'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    expect(server.calls.find((call) => call.method === 'POST')!.body).toEqual({ name: 'Sato Hanako', languages: ['ja'], unavailable: [] });
  });

  it('shows what an interpreter is booked for, across visits', async () => {
    const server = fakeServer({
      'GET /api/receptions/interpreters': { ...INTERPRETERS, size: 20 },
      'GET /api/receptions/interpreters/int-ko/bookings': [
        { visitId: 'v-9', itemId: 'i-1', start: '2027-06-11T09:00:00', end: '2027-06-11T10:30:00', zone: 'Asia/Shanghai', title: { zh: '会谈', en: 'Talks' }, kind: 'TALKS', language: 'ko' },
      ],
    });
    const user = typist();
    renderPage(<InterpretersPage />, { me: PEOPLE.director });
    await user.click(await screen.findByRole('button', { name: 'Bookings of Choi Korean' }));
    expect(await screen.findByRole('link', { name: 'Talks' })).toHaveAttribute('href', '/reception/visits/v-9?tab=plan');
    const ask = server.calls.find((call) => call.url.pathname.endsWith('/bookings'))!;
    expect(ask.url.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ask.url.searchParams.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
