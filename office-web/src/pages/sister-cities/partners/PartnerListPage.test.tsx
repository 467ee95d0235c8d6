import '../testing/timeouts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { PartnerListPage } from './PartnerListPage';
import { BONGHWA, SETO, SETO_RELATIONSHIP, USERS, YORBA_LINDA, YORBA_LINDA_RELATIONSHIP, page } from '../testing/fixtures';

const BASE = '/api/sister-cities';

function partners(extra: Record<string, unknown> = {}) {
  return fakeServer({
    [`GET ${BASE}/partner-cities`]: (_: unknown, url: URL) => {
      const country = url.searchParams.get('country');
      const all = [BONGHWA, SETO, YORBA_LINDA];
      const items = country ? all.filter((partner) => partner.country === country) : all;
      return { status: 200, body: page(items, items.length, Number(url.searchParams.get('page') ?? 0), Number(url.searchParams.get('size') ?? 20)) };
    },
    [`GET ${BASE}/relationships`]: page([YORBA_LINDA_RELATIONSHIP, SETO_RELATIONSHIP]),
    ...extra,
  });
}

describe('the partner cities', () => {
  it('lists the partners with links to their pages and counts them by country and stage', async () => {
    partners();
    renderPage(<PartnerListPage />, { me: USERS.auditor });
    const list = await screen.findByRole('table', { name: 'List of partner cities' });
    expect(await within(list).findByRole('link', { name: 'Yorba Linda' })).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'Bonghwa · 봉화군' })).toHaveAttribute('href', '/sister-cities/partners/P-BH');
    const overview = screen.getByRole('table', { name: 'By country' });
    const us = within(overview).getByRole('button', { name: 'United States (US)' }).closest('tr') as HTMLElement;
    expect(within(us).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['United States (US)', '1', '0', '1']);
    expect(within(overview).getByRole('columnheader', { name: 'Province reviewed' })).toBeInTheDocument();
    expect(within(overview).getByRole('columnheader', { name: 'Active' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Register a partner city' })).not.toBeInTheDocument();
  });

  it('filters the list by the country picked in the overview', async () => {
    const server = partners();
    renderPage(<PartnerListPage />, { me: USERS.officer });
    const overview = await screen.findByRole('table', { name: 'By country' });
    fireEvent.click(await within(overview).findByRole('button', { name: 'Japan (JP)' }));
    await waitFor(() =>
      expect(server.calls.some((call) => call.url.pathname === `${BASE}/partner-cities` && call.url.searchParams.get('country') === 'JP')).toBe(true),
    );
    const list = screen.getByRole('table', { name: 'List of partner cities' });
    await waitFor(() => expect(within(list).queryByRole('link', { name: /Yorba Linda/ })).not.toBeInTheDocument());
    expect(within(list).getByRole('link', { name: 'Seto · 瀬戸市' })).toBeInTheDocument();
  });

  it('registers a partner city and shows the fields the service refuses', async () => {
    const server = partners({
      [`POST ${BASE}/partner-cities`]: () => ({
        status: 400,
        body: {
          type: 'urn:waishi:problem:validation',
          title: 'Invalid request',
          status: 400,
          errors: [{ field: 'names.en', message: 'size must be between 0 and 100' }],
        },
      }),
    });
    renderPage(<PartnerListPage />, { me: USERS.officer });
    fireEvent.click(await screen.findByRole('button', { name: 'Register a partner city' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Chinese name'), { target: { value: '濑户市' } });
    fireEvent.change(within(dialog).getByLabelText('English name'), { target: { value: 'Seto' } });
    const country = within(dialog).getByLabelText('Country');
    fireEvent.mouseDown(country);
    fireEvent.change(country, { target: { value: 'Japan' } });
    fireEvent.click(await screen.findByTitle('Japan (JP)'));
    fireEvent.mouseDown(within(dialog).getByLabelText('Administrative level'));
    fireEvent.click(await screen.findByTitle('Prefecture-level city'));
    fireEvent.click(within(dialog).getByLabelText('Yes'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    expect(server.calls.find((call) => call.method === 'POST')!.body).toEqual({
      names: { zh: '濑户市', en: 'Seto' },
      country: 'JP',
      administrativeLevel: 'PREFECTURE_CITY',
      diplomaticRelations: true,
      otherChineseSisterCity: false,
    });
    const field = within(dialog).getByLabelText('English name').closest('.ant-form-item') as HTMLElement;
    expect(await within(field).findByText('size must be between 0 and 100')).toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    partners();
    renderPage(<PartnerListPage />, { me: USERS.officer, language: 'zh' });
    expect(await screen.findByRole('heading', { level: 2, name: '友好伙伴城市' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '登记伙伴城市' })).toBeInTheDocument();
    const overview = await screen.findByRole('table', { name: '按国家统计' });
    expect(await within(overview).findByRole('button', { name: '美国 (US)' })).toBeInTheDocument();
  });
});
