import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer } from '../../../../test/render';
import { officeToday } from '../../../../time';
import { addTags, choose, dataRows, fill, helpOf, PEOPLE, renderRecords, requests, SLOW, typist } from '../testing';

const ITEMS = [
  { itemId: 'P1', title: { zh: '赴日本教育交流', en: 'Education exchange in Japan' }, countries: ['JP'], category: 'GOVERNMENT_EXCHANGE', plannedQuarter: 2, plannedSize: 5 },
  { itemId: 'P2', title: { zh: '赴英国学术会议', en: 'Conference in the UK' }, countries: ['GB'], category: 'ACADEMIC_EXCHANGE', plannedQuarter: 3, plannedSize: 2, note: 'Invited talk' },
];
const DRAFT = {
  id: 'U-EDU:2027',
  unit: 'U-EDU',
  year: 2027,
  status: 'DRAFT',
  items: ITEMS,
  plannedTrips: 2,
  createdBy: 'clerk',
  createdAt: '2026-10-01T02:00:00Z',
  history: [{ act: 'DRAFT', to: 'DRAFT', by: 'clerk', at: '2026-10-01T02:00:00Z' }],
  version: 4,
};
const SUBMITTED = { ...DRAFT, status: 'SUBMITTED', version: 5 };
const QUOTA = { unit: 'U-EDU', year: 2027, quota: 3, source: 'DEFAULT_UNIT_ANNUAL_QUOTA', defaultQuota: 3, policySource: 'S1' };
const page = (items: unknown[], total = items.length) => ({ items, page: 0, size: 20, total });

describe('annual plans', SLOW, () => {
  it('lists the plans and sends the year and status asked for', async () => {
    const server = fakeServer({ 'GET /api/travel/plans': page([DRAFT, { ...SUBMITTED, id: 'U-HEALTH:2027', unit: 'U-HEALTH' }]) });
    renderRecords('/travel/plans', PEOPLE.officer);
    expect(await screen.findByRole('link', { name: 'Annual plan U-EDU 2027' })).toHaveAttribute('href', '/travel/plans/U-EDU/2027');
    expect(within(dataRows()[1]).getByText('Submitted')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Draft a plan' })).toBeNull();
    fill(screen.getByLabelText('Unit'), 'U-HEALTH');
    fill(screen.getByLabelText('Year'), '2027');
    await choose('Status', 'Submitted');
    await typist().click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => {
      const last = requests(server.calls, 'GET', '/api/travel/plans').at(-1)!;
      expect(Object.fromEntries(last.url.searchParams)).toEqual({ unit: 'U-HEALTH', year: '2027', status: 'SUBMITTED', page: '0', size: '20' });
    });
  });

  it('lets a unit clerk draft next year’s plan and opens it', async () => {
    const nextYear = Number(officeToday().slice(0, 4)) + 1;
    const server = fakeServer({
      'GET /api/travel/plans': page([]),
      'POST /api/travel/plans': () => ({ status: 201, body: { ...DRAFT, year: nextYear, items: [], plannedTrips: 0 } }),
      'GET /api/travel/plans/*': { ...DRAFT, year: nextYear },
      'GET /api/travel/units/U-EDU/quota': QUOTA,
    });
    const { router } = renderRecords('/travel/plans', PEOPLE.clerk);
    expect(screen.queryByLabelText('Unit')).toBeNull();
    const user = typist();
    await user.click(await screen.findByRole('button', { name: 'Draft a plan' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'New' }));
    await waitFor(() => expect(requests(server.calls, 'POST', '/api/travel/plans')).toHaveLength(1));
    expect(requests(server.calls, 'POST', '/api/travel/plans')[0].body).toEqual({ year: nextYear });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/travel/plans/U-EDU/${nextYear}`));
  });

  it('shows a plan’s trips against the quota, academic exchanges not counted', async () => {
    const server = fakeServer({ 'GET /api/travel/plans/U-EDU:2027': DRAFT, 'GET /api/travel/units/U-EDU/quota': QUOTA });
    renderRecords('/travel/plans/U-EDU/2027', PEOPLE.auditor);
    expect(await screen.findByRole('heading', { level: 2, name: 'Annual plan U-EDU 2027' })).toBeInTheDocument();
    expect(screen.getByText('Education exchange in Japan')).toBeInTheDocument();
    expect(screen.getByText('Invited talk')).toBeInTheDocument();
    const bar = await screen.findByRole('progressbar', { name: '1 trips planned against a quota of 3' });
    expect(bar).toHaveAttribute('aria-valuenow', '33');
    expect(requests(server.calls, 'GET', '/api/travel/units/U-EDU/quota')[0].url.searchParams.get('year')).toBe('2027');
    // An auditor reads; nothing to act on.
    expect(screen.queryByRole('button', { name: 'Edit trips' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Submit to the office' })).toBeNull();
  });

  it('turns the bar red when the plan holds more trips than the quota', async () => {
    fakeServer({ 'GET /api/travel/plans/U-EDU:2027': SUBMITTED, 'GET /api/travel/units/U-EDU/quota': { ...QUOTA, quota: 0, defaultQuota: 0 } });
    renderRecords('/travel/plans/U-EDU/2027', PEOPLE.officer);
    const bar = await screen.findByRole('progressbar', { name: '1 trips planned against a quota of 0' });
    expect(bar.className).toContain('exception');
  });

  it('lets the unit clerk edit the draft’s trips and sends the whole list with the version read', async () => {
    const server = fakeServer({
      'GET /api/travel/plans/U-EDU:2027': DRAFT,
      'GET /api/travel/units/U-EDU/quota': QUOTA,
      'PUT /api/travel/plans/U-EDU:2027/items': () => ({
        status: 400,
        body: {
          type: 'urn:waishi:problem:validation',
          title: 'Invalid request',
          status: 400,
          errors: [{ field: 'items[1].countries[0]', message: 'must be an ISO 3166 country code' }],
        },
      }),
    });
    renderRecords('/travel/plans/U-EDU/2027', PEOPLE.clerk);
    expect(await screen.findByRole('button', { name: 'Submit to the office' })).toBeInTheDocument();
    const user = typist();
    await user.click(screen.getByRole('button', { name: 'Edit trips' }));
    fill(await screen.findByLabelText('Title (English), row 1'), 'School visits in Japan');
    await user.click(screen.getByRole('button', { name: 'Remove row 2' }));
    await user.click(screen.getByRole('button', { name: /Add a trip/ }));
    fill(await screen.findByLabelText('Title (Chinese), row 2'), '赴德国职业教育考察');
    addTags(screen.getByLabelText('Countries, row 2'), ['de']);
    await choose('Category, row 2', 'Government exchange');
    await choose('Quarter, row 2', 'Q4');
    fill(screen.getByLabelText('People, row 2'), '4');
    await user.click(screen.getByRole('button', { name: 'Save trips' }));
    await waitFor(() => expect(requests(server.calls, 'PUT', '/api/travel/plans/U-EDU:2027/items')).toHaveLength(1));
    const [call] = requests(server.calls, 'PUT', '/api/travel/plans/U-EDU:2027/items');
    expect(call.headers.get('If-Match')).toBe('"4"');
    expect(call.body).toEqual({
      items: [
        { itemId: 'P1', title: { zh: '赴日本教育交流', en: 'School visits in Japan' }, countries: ['JP'], category: 'GOVERNMENT_EXCHANGE', plannedQuarter: 2, plannedSize: 5 },
        { title: { zh: '赴德国职业教育考察' }, countries: ['DE'], category: 'GOVERNMENT_EXCHANGE', plannedQuarter: 4, plannedSize: 4 },
      ],
    });
    await waitFor(() => expect(helpOf(screen.getByLabelText('Countries, row 2'))).toBe('must be an ISO 3166 country code'));
    expect(helpOf(screen.getByLabelText('Countries, row 1'))).toBe('');
  });

  it('lets an FAO officer approve or return a submitted plan, the quota rule shown when broken', async () => {
    const server = fakeServer({
      'GET /api/travel/plans/U-EDU:2027': SUBMITTED,
      'GET /api/travel/units/U-EDU/quota': QUOTA,
      'POST /api/travel/plans/U-EDU:2027/approve': () => ({
        status: 422,
        body: {
          type: 'urn:waishi:problem:rule-violation',
          title: 'Rules broken',
          status: 422,
          violations: [
            {
              code: 'PLAN_OVER_QUOTA',
              field: 'items',
              parameters: { limit: 3, actual: 4 },
              message: { zh: '超过年度限额', en: 'The plan for 2027 holds 4 trips; unit U-EDU may send at most 3 a year' },
            },
          ],
        },
      }),
      'POST /api/travel/plans/U-EDU:2027/return': () => ({ status: 200, body: { ...DRAFT, returnComment: 'Merge P1 and P2' } }),
    });
    renderRecords('/travel/plans/U-EDU/2027', PEOPLE.officer);
    const user = typist();
    await user.click(await screen.findByRole('button', { name: 'Approve the plan' }));
    let dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Approve the plan' }));
    expect(await within(dialog).findByTestId('violations')).toHaveTextContent('PLAN_OVER_QUOTA: The plan for 2027 holds 4 trips; unit U-EDU may send at most 3 a year');
    expect(requests(server.calls, 'POST', '/api/travel/plans/U-EDU:2027/approve')[0].headers.get('If-Match')).toBe('"5"');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Return for correction' }));
    dialog = await screen.findByRole('dialog', { name: 'Return for correction' });
    fill(within(dialog).getByLabelText('Comment'), 'Merge P1 and P2');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(requests(server.calls, 'POST', '/api/travel/plans/U-EDU:2027/return')).toHaveLength(1));
    expect(requests(server.calls, 'POST', '/api/travel/plans/U-EDU:2027/return')[0].body).toEqual({ comment: 'Merge P1 and P2' });
  });

  it('does not offer approval to the officer who drafted the plan, nor to the unit', async () => {
    fakeServer({ 'GET /api/travel/plans/U-EDU:2027': { ...SUBMITTED, createdBy: 'officer' }, 'GET /api/travel/units/U-EDU/quota': QUOTA });
    const officer = renderRecords('/travel/plans/U-EDU/2027', PEOPLE.officer);
    expect(await screen.findByRole('button', { name: 'Return for correction' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve the plan' })).toBeNull();
    officer.unmount();
    renderRecords('/travel/plans/U-EDU/2027', PEOPLE.clerk);
    await screen.findByText('Education exchange in Japan');
    expect(screen.queryByRole('button', { name: 'Return for correction' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit trips' })).toBeNull();
  });

  it('shows the office’s comment on a returned draft, in Chinese for a Chinese interface', async () => {
    fakeServer({ 'GET /api/travel/plans/U-EDU:2027': { ...DRAFT, returnComment: '请合并 P1 和 P2' }, 'GET /api/travel/units/U-EDU/quota': QUOTA });
    renderRecords('/travel/plans/U-EDU/2027', PEOPLE.signatory, 'zh');
    expect(await screen.findByRole('heading', { level: 2, name: 'U-EDU 2027 年度出访计划' })).toBeInTheDocument();
    expect(screen.getByText('请合并 P1 和 P2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '报送外办' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '修改项目' })).toBeNull();
    expect(screen.getByText('（不计入限额）')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '报送外办' }));
    expect(await screen.findByText(/将含 2 批出访的计划报送外办审核/)).toBeInTheDocument();
  });
});
