import '../testing/speed';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { guestList, hospitality, PEOPLE, ruleViolation, visit, VISIT_ID } from '../testing/fixtures';
import { user as typist } from '../testing/speed';
import { HospitalityTab } from './HospitalityTab';

const base = `/api/receptions/visits/${VISIT_ID}`;
const open = visit({ status: 'PLAN_APPROVED', actions: ['START', 'DRAFT_PLAN', 'CANCEL'] });

describe('banquets and gifts', () => {
  it('shows each amount against its cap with the cap parameter, and the banquets counted against the stay', async () => {
    fakeServer({ [`GET ${base}/hospitality`]: hospitality(), [`GET ${base}/guests`]: guestList() });
    renderPage(<HospitalityTab visit={open} />, { me: PEOPLE.auditor });

    const banquet = (await screen.findByText('Mayor Li · Bureau')).closest('tr')!;
    expect(within(banquet).getByText('CN¥280.00 of CN¥300.00 allowed')).toBeInTheDocument();
    expect(within(banquet).getByText('BANQUET_PER_HEAD_BUREAU')).toBeInTheDocument();
    expect(within(banquet).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '93');
    expect(screen.getByRole('progressbar', { name: '1 of 2 banquets' })).toBeInTheDocument();

    const gift = screen.getByText('김철수 / KIM Chulsoo').closest('tr')!;
    expect(within(gift).getByText('CN¥180.00 of CN¥200.00 allowed')).toBeInTheDocument();
    expect(within(gift).getByText('GIFT_VALUE_OTHER')).toBeInTheDocument();

    const received = screen.getByText('Celadon vase').closest('tr')!;
    expect(within(received).getByText('≥ CN¥200.00: to declare')).toBeInTheDocument();
    expect(within(received).getByText('due 2027-07-11')).toBeInTheDocument();
    // An auditor changes nothing.
    expect(screen.queryByRole('button', { name: 'Record a banquet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
  });

  it('marks an amount above its cap', async () => {
    const over = hospitality();
    over.banquets[0] = { ...over.banquets[0], costPerHeadYuan: 350, totalYuan: 4200 };
    fakeServer({ [`GET ${base}/hospitality`]: over, [`GET ${base}/guests`]: guestList() });
    renderPage(<HospitalityTab visit={open} />, { me: PEOPLE.director });
    const banquet = (await screen.findByText('Mayor Li · Bureau')).closest('tr')!;
    expect(within(banquet).getByText('CN¥350.00 of CN¥300.00 allowed')).toBeInTheDocument();
    expect(within(banquet).getByRole('progressbar').closest('.ant-progress')).toHaveClass('ant-progress-status-exception');
  });

  it('records a banquet with the hospitality version and shows the cap exceeded at the cost, naming rule and parameter', async () => {
    const server = fakeServer({
      [`GET ${base}/hospitality`]: hospitality(),
      [`GET ${base}/guests`]: guestList(),
      [`POST ${base}/hospitality/banquets`]: () =>
        ruleViolation([
          {
            code: 'COST_PER_HEAD_EXCEEDED',
            field: 'costPerHeadYuan',
            parameters: { kind: 'BANQUET', hostRank: 'BUREAU', parameter: 'BANQUET_PER_HEAD_BUREAU', limit: 300, actual: 380 },
            message: {
              zh: 'BANQUET人均标准不超过300元（主人级别 BUREAU），本次为380元（参数 BANQUET_PER_HEAD_BUREAU，依据 S18）',
              en: 'A BANQUET with a BUREAU-level host costs at most RMB 300 per head; this one costs RMB 380 (parameter BANQUET_PER_HEAD_BUREAU, source S18)',
            },
          },
          {
            code: 'BANQUETS_PER_STAY',
            field: 'kind',
            parameters: { banquets: 3, limit: 2 },
            message: { zh: '每次来访宴请不超过2次', en: 'At most 2 banquets per stay; this would be banquet 3 (parameter BANQUETS_PER_STAY, source S18)' },
          },
        ]),
    });
    const user = typist();
    renderPage(<HospitalityTab visit={open} />, { me: PEOPLE.reception });

    await user.click(await screen.findByRole('button', { name: 'Record a banquet' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Date'), '2027-06-12{Enter}');
    await user.type(within(dialog).getByLabelText('Host’s name'), 'Mayor Li');
    await user.click(within(dialog).getByLabelText('Host’s rank'));
    await user.click(await screen.findByTitle('Bureau'));
    await user.clear(within(dialog).getByLabelText('Headcount'));
    await user.type(within(dialog).getByLabelText('Headcount'), '10');
    await user.type(within(dialog).getByLabelText('Cost per head'), '380');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    const record = server.calls.find((call) => call.method === 'POST')!;
    expect(record.headers.get('If-Match')).toBe('"4"');
    expect(record.body).toEqual({ kind: 'BANQUET', date: '2027-06-12', hostName: 'Mayor Li', hostRank: 'BUREAU', headcount: 10, costPerHeadYuan: 380 });

    const cost = within(dialog).getByLabelText('Cost per head').closest('.ant-form-item')!;
    expect(
      await within(cost as HTMLElement).findByText(/^COST_PER_HEAD_EXCEEDED: .*at most RMB 300 per head; this one costs RMB 380 \(parameter BANQUET_PER_HEAD_BUREAU/),
    ).toBeInTheDocument();
    const kind = within(dialog).getByLabelText('Kind').closest('.ant-form-item')!;
    expect(within(kind as HTMLElement).getByText(/^BANQUETS_PER_STAY: At most 2 banquets per stay/)).toBeInTheDocument();
  });

  it('records a gift given with the recipient taken from the guest list', async () => {
    const server = fakeServer({
      [`GET ${base}/hospitality`]: hospitality({ giftsGiven: [] }),
      [`GET ${base}/guests`]: guestList(),
      [`POST ${base}/hospitality/gifts-given`]: () => ({ status: 201, body: hospitality() }),
    });
    const user = typist();
    renderPage(<HospitalityTab visit={open} />, { me: PEOPLE.reception });

    await user.click(await screen.findByRole('button', { name: 'Record a gift given' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Recipient'));
    await user.click(await screen.findByTitle('김철수 / KIM Chulsoo'));
    await user.click(within(dialog).getByLabelText('Giver’s rank'));
    await user.click((await screen.findAllByTitle('Vice-minister')).at(-1)!);
    await user.type(within(dialog).getByLabelText('Value'), '380');
    await user.type(within(dialog).getByLabelText('Gift'), 'Tea set');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    expect(server.calls.find((call) => call.method === 'POST')!.body).toEqual({
      guestId: 'g-head',
      recipientRole: 'HEAD_OF_DELEGATION',
      recipientRank: 'BUREAU',
      giverRank: 'VICE_MINISTER',
      valueYuan: 380,
      firstVisit: false,
      inReturn: false,
      description: 'Tea set',
    });
    expect(await screen.findByText('Recorded')).toBeInTheDocument();
  });

  it('removes an entry recorded by mistake with the hospitality version', async () => {
    const server = fakeServer({
      [`GET ${base}/hospitality`]: hospitality(),
      [`GET ${base}/guests`]: guestList(),
      [`DELETE ${base}/hospitality/banquets/b-1`]: () => ({ status: 200, body: hospitality({ banquets: [], banquetsCounted: 0, version: 5 }) }),
    });
    const user = typist();
    renderPage(<HospitalityTab visit={open} />, { me: PEOPLE.reception });
    await user.click(await screen.findByRole('button', { name: 'Remove 2027-06-11 Banquet' }));
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'DELETE')).toBe(true));
    expect(server.calls.find((call) => call.method === 'DELETE')!.headers.get('If-Match')).toBe('"4"');
    await waitFor(() => expect(screen.queryByText('Mayor Li · Bureau')).not.toBeInTheDocument());
  });

  it('speaks Chinese', async () => {
    fakeServer({ [`GET ${base}/hospitality`]: hospitality(), [`GET ${base}/guests`]: guestList() });
    renderPage(<HospitalityTab visit={open} />, { me: PEOPLE.reception, language: 'zh' });
    const banquet = (await screen.findByText('Mayor Li · 司局级')).closest('tr')!;
    expect(within(banquet).getByText('¥280.00 / 标准 ¥300.00')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '登记宴请' })).toBeInTheDocument();
  });
});
