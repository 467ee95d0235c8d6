import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer } from '../../../../test/render';
import { officeToday } from '../../../../time';
import { choose, dataRows, fill, helpOf, PEOPLE, renderRecords, requests, SLOW, typist } from '../testing';

const EDU = {
  code: 'U-EDU',
  name: { zh: '市教育局', en: 'Education Bureau' },
  kind: 'GOVERNMENT_BUREAU',
  simplifiedApprovalPath: false,
  foreignAffairsOrCommerce: false,
  signatories: [{ userId: 'signatory', name: 'Qian Li', post: 'Deputy director', registeredAt: '2026-01-01T02:00:00Z', registeredBy: 'admin' }],
  clerks: [{ userId: 'clerk', name: 'Zhao Min' }],
  quotaRaises: [{ year: 2025, trips: 6, reason: 'Expo year with many delegations', raisedBy: 'director', raisedAt: '2025-02-01T02:00:00Z' }],
  registeredBy: 'admin',
  registeredAt: '2026-01-01T02:00:00Z',
  history: [{ act: 'REGISTER', by: 'admin', at: '2026-01-01T02:00:00Z', detail: 'U-EDU' }],
  version: 6,
};
const UNIV = { ...EDU, code: 'U-UNIV', name: { zh: '市大学', en: 'City University' }, kind: 'UNIVERSITY', simplifiedApprovalPath: true, signatories: [], clerks: [] };
const thisYear = Number(officeToday().slice(0, 4));
const QUOTA = { unit: 'U-EDU', year: thisYear, quota: 3, source: 'DEFAULT_UNIT_ANNUAL_QUOTA', defaultQuota: 3, policySource: 'S1' };
const page = (items: unknown[], total = items.length) => ({ items, page: 0, size: 20, total });

describe('units', SLOW, () => {
  it('lists the units by kind', async () => {
    const server = fakeServer({ 'GET /api/travel/units': page([EDU, UNIV]) });
    renderRecords('/travel/units', PEOPLE.admin);
    expect(await screen.findByRole('link', { name: 'U-EDU' })).toHaveAttribute('href', '/travel/units/U-EDU');
    const [edu, univ] = dataRows();
    expect(within(edu).getByText('Education Bureau')).toBeInTheDocument();
    expect(within(edu).getByText('Qian Li')).toBeInTheDocument();
    expect(within(univ).getByText('simplified path')).toBeInTheDocument();
    await choose('Kind', 'University');
    await typist().click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => {
      const last = requests(server.calls, 'GET', '/api/travel/units').at(-1)!;
      expect(Object.fromEntries(last.url.searchParams)).toEqual({ kind: 'UNIVERSITY', page: '0', size: '20' });
    });
  });

  it('offers registration to administrators and officers, not to the director or auditors', async () => {
    fakeServer({ 'GET /api/travel/units': page([EDU]) });
    for (const [me, offered] of [
      [PEOPLE.officer, true],
      [PEOPLE.director, false],
      [PEOPLE.auditor, false],
    ] as const) {
      const view = renderRecords('/travel/units', me);
      await screen.findByText('Education Bureau');
      expect(screen.queryByRole('button', { name: 'Register a unit' }) !== null).toBe(offered);
      view.unmount();
    }
  });

  it('keeps unit staff out of the unit register', async () => {
    fakeServer({ 'GET /api/travel/units': page([EDU]) });
    renderRecords('/travel/units', PEOPLE.clerk);
    expect(await screen.findByText('Your roles do not open this page.')).toBeInTheDocument();
  });

  it('registers a unit with the body the service expects, the invalid fields shown next to them', async () => {
    let attempts = 0;
    const server = fakeServer({
      'GET /api/travel/units': page([]),
      'POST /api/travel/units': () => {
        attempts += 1;
        return attempts === 1
          ? {
              status: 400,
              body: { type: 'urn:waishi:problem:validation', title: 'Invalid request', status: 400, errors: [{ field: 'name.zh', message: 'size must be between 0 and 200' }] },
            }
          : { status: 201, body: { ...EDU, code: 'U-TRADE' } };
      },
      'GET /api/travel/units/U-TRADE': { ...EDU, code: 'U-TRADE' },
      'GET /api/travel/units/U-TRADE/quota': QUOTA,
    });
    const { router } = renderRecords('/travel/units', PEOPLE.admin);
    const user = typist();
    await user.click(await screen.findByRole('button', { name: 'Register a unit' }));
    const dialog = await screen.findByRole('dialog');
    fill(within(dialog).getByLabelText('Code'), 'u-trade');
    fill(within(dialog).getByLabelText('Name (Chinese)'), '市商务局');
    fill(within(dialog).getByLabelText('Name (English)'), 'Commerce Bureau');
    await choose('Kind', 'Government bureau', dialog);
    fireEvent.click(within(dialog).getByRole('switch', { name: 'Foreign affairs or commerce work' }));
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(helpOf(within(dialog).getByLabelText('Name (Chinese)'))).toBe('size must be between 0 and 200'));
    expect(requests(server.calls, 'POST', '/api/travel/units')[0].body).toEqual({
      code: 'U-TRADE',
      name: { zh: '市商务局', en: 'Commerce Bureau' },
      kind: 'GOVERNMENT_BUREAU',
      foreignAffairsOrCommerce: true,
    });
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/travel/units/U-TRADE'));
  });

  it('shows a unit’s signatories and lets an officer add one and remove a clerk, with the version read', async () => {
    const server = fakeServer({
      'GET /api/travel/units/U-EDU': EDU,
      'GET /api/travel/units/U-EDU/quota': QUOTA,
      'POST /api/travel/units/U-EDU/signatories': () => ({ status: 200, body: EDU }),
      'DELETE /api/travel/units/U-EDU/clerks/clerk': () => ({ status: 200, body: { ...EDU, clerks: [] } }),
    });
    renderRecords('/travel/units/U-EDU', PEOPLE.officer);
    expect(await screen.findByRole('heading', { level: 2, name: 'Education Bureau (U-EDU)' })).toBeInTheDocument();
    expect(screen.getByText('Deputy director')).toBeInTheDocument();
    const user = typist();
    await user.click(screen.getByRole('button', { name: 'Add a signatory' }));
    const dialog = await screen.findByRole('dialog');
    fill(within(dialog).getByLabelText('User name'), 'zhou.k');
    fill(within(dialog).getByLabelText('Name'), 'Zhou Kai');
    fill(within(dialog).getByLabelText('Post'), 'Director');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(requests(server.calls, 'POST', '/api/travel/units/U-EDU/signatories')).toHaveLength(1));
    const [added] = requests(server.calls, 'POST', '/api/travel/units/U-EDU/signatories');
    expect(added.body).toEqual({ userId: 'zhou.k', name: 'Zhou Kai', post: 'Director' });
    expect(added.headers.get('If-Match')).toBe('"6"');

    fireEvent.click(screen.getByRole('tab', { name: 'Clerks' }));
    await user.click(await screen.findByRole('button', { name: 'Remove Zhao Min' }));
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(requests(server.calls, 'DELETE', '/api/travel/units/U-EDU/clerks/clerk')).toHaveLength(1));
    expect(requests(server.calls, 'DELETE', '/api/travel/units/U-EDU/clerks/clerk')[0].headers.get('If-Match')).toBe('"6"');
  });

  it('changes a unit’s particulars with the version read', async () => {
    const server = fakeServer({
      'GET /api/travel/units/U-EDU': EDU,
      'GET /api/travel/units/U-EDU/quota': QUOTA,
      'PUT /api/travel/units/U-EDU': () => ({ status: 200, body: { ...EDU, foreignAffairsOrCommerce: true, version: 7 } }),
    });
    renderRecords('/travel/units/U-EDU', PEOPLE.admin);
    const user = typist();
    await user.click(await screen.findByRole('button', { name: 'Change particulars' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Name (English)')).toHaveValue('Education Bureau');
    fill(within(dialog).getByLabelText('Name (English)'), 'Municipal Education Bureau');
    fireEvent.click(within(dialog).getByRole('switch', { name: 'Foreign affairs or commerce work' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(requests(server.calls, 'PUT', '/api/travel/units/U-EDU')).toHaveLength(1));
    const [call] = requests(server.calls, 'PUT', '/api/travel/units/U-EDU');
    expect(call.body).toEqual({ name: { zh: '市教育局', en: 'Municipal Education Bureau' }, kind: 'GOVERNMENT_BUREAU', foreignAffairsOrCommerce: true });
    expect(call.headers.get('If-Match')).toBe('"6"');
  });

  it('lets the director raise the quota, the rule broken shown next to the trips', async () => {
    const server = fakeServer({
      'GET /api/travel/units/U-EDU': EDU,
      'GET /api/travel/units/U-EDU/quota': QUOTA,
      'POST /api/travel/units/U-EDU/quota-raises': () => ({
        status: 422,
        body: {
          type: 'urn:waishi:problem:rule-violation',
          title: 'Rules broken',
          status: 422,
          violations: [
            {
              code: 'QUOTA_RAISE_NOT_ELIGIBLE',
              field: 'trips',
              parameters: { unit: 'U-EDU', limit: 3 },
              message: { zh: '单位U-EDU未登记为从事外事或商务工作', en: 'Unit U-EDU is not registered as doing foreign-affairs or commerce work' },
            },
          ],
        },
      }),
    });
    renderRecords('/travel/units/U-EDU', PEOPLE.director);
    await screen.findByRole('heading', { level: 2, name: 'Education Bureau (U-EDU)' });
    expect(screen.queryByRole('button', { name: 'Add a signatory' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change particulars' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Trip quota' }));
    expect(await screen.findByText('Expo year with many delegations')).toBeInTheDocument();
    const user = typist();
    await user.click(screen.getByRole('button', { name: 'Raise the quota' }));
    const dialog = await screen.findByRole('dialog');
    fill(within(dialog).getByLabelText('Trips (raised)'), '5');
    fill(within(dialog).getByLabelText('Reason'), 'Expo');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByText('At least 10 characters')).toBeInTheDocument();
    fill(within(dialog).getByLabelText('Reason'), 'Trade fair year: more missions');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(requests(server.calls, 'POST', '/api/travel/units/U-EDU/quota-raises')).toHaveLength(1));
    expect(requests(server.calls, 'POST', '/api/travel/units/U-EDU/quota-raises')[0].body).toEqual({ year: thisYear, trips: 5, reason: 'Trade fair year: more missions' });
    await waitFor(() => expect(helpOf(within(dialog).getByLabelText('Trips (raised)'))).toContain('QUOTA_RAISE_NOT_ELIGIBLE: Unit U-EDU is not registered'));
  });

  it('lets an auditor read a unit in Chinese without any act', async () => {
    fakeServer({ 'GET /api/travel/units/U-EDU': EDU, 'GET /api/travel/units/U-EDU/quota': QUOTA });
    renderRecords('/travel/units/U-EDU', PEOPLE.auditor, 'zh');
    expect(await screen.findByRole('heading', { level: 2, name: '市教育局 (U-EDU)' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '签批人' })).toBeInTheDocument();
    expect(screen.getByText('政府部门', { selector: '.ant-descriptions-item-content *' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '添加签批人' })).toBeNull();
    expect(screen.queryByRole('button', { name: '修改单位信息' })).toBeNull();
  });
});
