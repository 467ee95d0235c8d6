import '../testing/timeouts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { CarePage } from './CarePage';
import { BONGHWA, USERS, YORBA_LINDA, page } from '../testing/fixtures';

const BASE = '/api/sister-cities/relationships';

describe('relationship care', () => {
  it('lists the relationships at risk and the anniversaries coming, and looks further ahead on request', async () => {
    const server = fakeServer({
      [`GET ${BASE}/at-risk`]: page([
        {
          relationshipId: 'R-BH',
          partnerCityId: 'P-BH',
          partnerCityName: BONGHWA.names,
          kind: 'FRIENDLY_EXCHANGE',
          stage: 'ACTIVE',
          lastActivityOn: '2023-05-01',
          monthsQuiet: 27,
          atRiskSince: '2025-05-02',
          flaggedAt: '2025-05-02T00:00:00Z',
        },
      ]),
      [`GET ${BASE}/anniversaries`]: page([
        {
          relationshipId: 'R-YL',
          partnerCityId: 'P-YL',
          partnerCityName: YORBA_LINDA.names,
          kind: 'SISTER_CITY',
          stage: 'ACTIVE',
          agreementDate: '2015-10-23',
          anniversaryDate: '2035-10-23',
          years: 20,
          announced: false,
        },
      ]),
      'GET /api/sister-cities/partner-cities': page([BONGHWA, YORBA_LINDA]),
    });
    renderPage(<CarePage />, { me: USERS.director });
    const atRisk = await screen.findByRole('table', { name: 'Relationships at risk of dormancy' });
    const bonghwa = (await within(atRisk).findByRole('link', { name: 'Bonghwa · 봉화군' })).closest('tr') as HTMLElement;
    expect(within(bonghwa).getByText('27 months')).toBeInTheDocument();
    expect(within(bonghwa).getByText('2023-05-01')).toBeInTheDocument();
    const anniversaries = screen.getByRole('table', { name: 'Round anniversaries coming' });
    const yorba = within(anniversaries).getByRole('link', { name: 'Yorba Linda' }).closest('tr') as HTMLElement;
    expect(within(yorba).getByText('20 years')).toBeInTheDocument();
    expect(within(yorba).getByText(/^2035-10-23 \(in \d+ days\)$/)).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByLabelText('Look ahead'));
    fireEvent.click(await screen.findByTitle('24 months'));
    await waitFor(() => expect(server.calls.some((call) => call.url.pathname === `${BASE}/anniversaries` && call.url.searchParams.get('withinMonths') === '24')).toBe(true));
  });
});
