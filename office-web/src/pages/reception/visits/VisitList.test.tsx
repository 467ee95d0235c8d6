import '../testing/speed';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { reception } from '../index';
import { PEOPLE, validation, visit } from '../testing/fixtures';
import { user as typist } from '../testing/speed';
import { VisitList } from './VisitList';
import { NewVisitPage } from './VisitForm';

const upcoming = [visit({ status: 'PLAN_APPROVED', arrivalDate: '2099-06-10', departureDate: '2099-06-12' })];
const page = (items = [visit()], total = 1) => ({ items, page: 0, size: 20, total });

describe('the visits list', () => {
  it('opens on the visits arriving within 30 days and asks again for the days chosen', async () => {
    const server = fakeServer({ 'GET /api/receptions/visits/upcoming': upcoming });
    const user = typist();
    renderPage(<VisitList />, { me: PEOPLE.reception });

    expect(await screen.findByRole('link', { name: 'Bonghwa County delegation' })).toHaveAttribute('href', expect.stringContaining('/reception/visits/'));
    expect(server.calls[0].url.search).toBe('?withinDays=30');
    await user.click(screen.getByLabelText('Arriving within'));
    await user.click(await screen.findByTitle('90 days'));
    await waitFor(() => expect(server.calls.map((call) => call.url.search)).toContain('?withinDays=90'));
  });

  it('lists every visit by state with the pagination the API answers', async () => {
    const server = fakeServer({
      'GET /api/receptions/visits/upcoming': [],
      'GET /api/receptions/visits': (_: unknown, url: URL) => ({ status: 200, body: { ...page([visit({ status: (url.searchParams.get('status') as never) ?? 'REQUESTED' })], 45), page: Number(url.searchParams.get('page')) } }),
    });
    const user = typist();
    renderPage(<VisitList />, { me: PEOPLE.director });

    await user.click(await screen.findByRole('tab', { name: 'All visits' }));
    expect(await screen.findByText('45 in all')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Status'));
    await user.click(await screen.findByTitle('Plan submitted'));
    await waitFor(() => expect(server.calls.map((call) => call.url.search)).toContain('?status=PLAN_DRAFTED&page=0&size=20'));
    await user.click(screen.getByTitle('2'));
    await waitFor(() => expect(server.calls.map((call) => call.url.search)).toContain('?status=PLAN_DRAFTED&page=1&size=20'));
    // A director approves but does not request visits.
    expect(screen.queryByRole('button', { name: 'Register a visit' })).not.toBeInTheDocument();
  });

  it('offers the request to reception and FAO officers, never to an auditor', async () => {
    fakeServer({ 'GET /api/receptions/visits/upcoming': [] });
    const first = renderPage(<VisitList />, { me: PEOPLE.officer });
    expect(await screen.findByRole('button', { name: 'Register a visit' })).toBeInTheDocument();
    first.unmount();
    renderPage(<VisitList />, { me: PEOPLE.auditor, language: 'zh' });
    expect(await screen.findByRole('heading', { level: 2, name: '来访团组' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '登记来访' })).not.toBeInTheDocument();
  });
});

describe('requesting a visit', () => {
  async function fillIn(user: ReturnType<typeof typist>) {
    await user.type(await screen.findByLabelText('Title (Chinese)'), '奉化郡代表团');
    await user.type(screen.getByLabelText('Title (English)'), 'Bonghwa County delegation');
    await user.type(screen.getByLabelText('Inviting department'), 'City FAO');
    await user.type(screen.getByLabelText('Purpose (Chinese)'), '友好交流');
    await user.click(screen.getByLabelText('Countries'));
    await user.type(screen.getByLabelText('Countries'), 'Korea');
    await user.click(await screen.findByTitle('South Korea (KR)'));
    await user.type(screen.getByLabelText('Arrival'), '2027-06-10{Enter}');
    await user.type(screen.getByLabelText('Departure'), '2027-06-14{Enter}');
    await user.type(screen.getByLabelText('Guests'), '4');
    await user.click(screen.getByLabelText('Partly hosted'));
  }

  it('sends the request as the API reads it and opens the new visit', async () => {
    const server = fakeServer({
      'GET /api/sister-cities/partner-cities': { items: [], page: 0, size: 100, total: 0 },
      'POST /api/receptions/visits': () => ({ status: 201, body: visit({ id: 'new-visit' }) }),
    });
    const user = typist();
    const { router } = renderPage(<NewVisitPage />, { me: PEOPLE.reception });

    await fillIn(user);
    expect(screen.getByText('5 days, arrival and departure included')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Request the visit' }));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    expect(server.calls.find((call) => call.method === 'POST')!.body).toEqual({
      title: { zh: '奉化郡代表团', en: 'Bonghwa County delegation' },
      invitingDepartment: 'City FAO',
      purpose: { zh: '友好交流' },
      countries: ['KR'],
      arrivalDate: '2027-06-10',
      departureDate: '2027-06-14',
      guestCount: 4,
      hostingMode: 'PARTIAL',
      reciprocityAgreement: false,
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/reception/visits/new-visit'));
  });

  it('shows the validation errors of the API next to the fields they name', async () => {
    fakeServer({
      'GET /api/sister-cities/partner-cities': { items: [], page: 0, size: 100, total: 0 },
      'POST /api/receptions/visits': () =>
        validation([
          { field: 'departureDate', message: 'must not be before the arrival date' },
          { field: 'countries[]', message: 'must be ISO 3166 country codes' },
        ]),
    });
    const user = typist();
    renderPage(<NewVisitPage />, { me: PEOPLE.reception });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Request the visit' }));

    const departure = screen.getByLabelText('Departure').closest('.ant-form-item') as HTMLElement;
    expect(await within(departure).findByText('must not be before the arrival date')).toBeInTheDocument();
    const countries = screen.getByLabelText('Countries').closest('.ant-form-item') as HTMLElement;
    expect(within(countries).getByText('must be ISO 3166 country codes')).toBeInTheDocument();
  });

  it('refuses the form before any call when the departure is before the arrival', async () => {
    const server = fakeServer({ 'GET /api/sister-cities/partner-cities': { items: [], page: 0, size: 100, total: 0 } });
    const user = typist();
    renderPage(<NewVisitPage />, { me: PEOPLE.reception });
    await user.type(await screen.findByLabelText('Arrival'), '2027-06-10{Enter}');
    await user.type(screen.getByLabelText('Departure'), '2027-06-08{Enter}');
    await user.click(screen.getByRole('button', { name: 'Request the visit' }));
    expect(await screen.findByText('Departure cannot be before arrival')).toBeInTheDocument();
    expect(server.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('is not open to the FAO director', () => {
    fakeServer({});
    renderPage(<NewVisitPage />, { me: PEOPLE.director });
    expect(screen.getByText('Your roles do not open this page.')).toBeInTheDocument();
  });
});

describe('the reception menu', () => {
  const labels = (me: (typeof PEOPLE)[keyof typeof PEOPLE]) => reception.menu.filter((entry) => entry.visible(me)).map((entry) => entry.path);

  it('shows visits, venues and interpreters to visit readers, gift declarations to reception officers and auditors', () => {
    expect(labels(PEOPLE.reception)).toEqual(['/reception/visits', '/reception/venues', '/reception/interpreters', '/reception/gift-declarations']);
    expect(labels(PEOPLE.auditor)).toEqual(['/reception/visits', '/reception/venues', '/reception/interpreters', '/reception/gift-declarations']);
    expect(labels(PEOPLE.director)).toEqual(['/reception/visits', '/reception/venues', '/reception/interpreters']);
    expect(labels(PEOPLE.officer)).toEqual(['/reception/visits', '/reception/venues', '/reception/interpreters']);
    expect(labels(PEOPLE.clerk)).toEqual([]);
  });

  it('puts the home card before reception officers, the director and auditors only', () => {
    expect(reception.home!.visible(PEOPLE.reception)).toBe(true);
    expect(reception.home!.visible(PEOPLE.director)).toBe(true);
    expect(reception.home!.visible(PEOPLE.auditor)).toBe(true);
    expect(reception.home!.visible(PEOPLE.officer)).toBe(false);
    expect(reception.home!.visible(PEOPLE.clerk)).toBe(false);
  });

  it('names every menu entry in both languages', () => {
    for (const entry of reception.menu) {
      const [group, key] = entry.label.split('.');
      expect((reception.texts.zh as Record<string, Record<string, string>>)[group][key]).toBeTruthy();
      expect((reception.texts.en as Record<string, Record<string, string>>)[group][key]).toBeTruthy();
    }
  });
});
