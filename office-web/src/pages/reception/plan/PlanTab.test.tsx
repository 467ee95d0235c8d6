import '../testing/speed';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { INTERPRETERS, PEOPLE, plan, ruleViolation, validation, VENUES, visit, VISIT_ID } from '../testing/fixtures';
import { user as typist } from '../testing/speed';
import { ChecklistTab } from './ChecklistTab';
import { PlanTab } from './PlanTab';

const base = `/api/receptions/visits/${VISIT_ID}`;
const approved = visit({ status: 'INVITED', actions: ['ISSUE_VISA_LETTERS', 'DRAFT_PLAN', 'CANCEL'] });

function resources() {
  return {
    'GET /api/receptions/venues': VENUES,
    'GET /api/receptions/interpreters': INTERPRETERS,
    [`GET ${base}/plan/versions`]: [
      { number: 1, savedBy: 'reception', savedAt: '2027-05-19T02:00:00Z', items: 1 },
      { number: 2, savedBy: 'reception', savedAt: '2027-05-20T02:00:00Z', items: 2, note: 'First draft' },
    ],
  };
}

/** The programme's row of the item titled `title`. */
function itemRow(title: string): HTMLElement {
  const row = [...document.querySelectorAll('tr.ant-table-row')].find((tr) => tr.textContent?.includes(title));
  if (!row) throw new Error(`no row for ${title}`);
  return row as HTMLElement;
}

const doubleBooked = ruleViolation([
  {
    code: 'INTERPRETER_DOUBLE_BOOKED',
    field: 'items',
    parameters: {
      interpreterId: 'int-ko',
      itemId: 'item-visit',
      otherVisitId: 'other-visit',
      otherItemId: 'their-dinner',
      from: '2027-06-12T13:00',
      to: '2027-06-12T15:00',
    },
    message: {
      zh: '翻译 int-ko 在日程 item-visit 的时间已被来访 other-visit 的日程 their-dinner 占用',
      en: 'Interpreter int-ko is already booked at the time of item item-visit, by item their-dinner of visit other-visit (2027-06-12T13:00 to 2027-06-12T15:00)',
    },
  },
]);

describe('the reception plan', () => {
  it('shows the programme with venue, interpreters and officials, and the agenda downloads as plain links', async () => {
    fakeServer({ [`GET ${base}/plan`]: plan(), ...resources() });
    renderPage(<PlanTab visit={approved} />, { me: PEOPLE.director });

    const talks = await waitFor(() => itemRow('Talks with the mayor'));
    expect(within(talks).getByText('2027-06-11 09:00 – 10:30')).toBeInTheDocument();
    expect(within(talks).getByText('Meeting hall')).toBeInTheDocument();
    expect(within(talks).getByText(/Choi Korean · Korean/)).toBeInTheDocument();
    expect(within(talks).getByText('Wang Wei Vice mayor')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Print the bilingual agenda/ })).toHaveAttribute('href', `${base}/agenda.html`);
    expect(screen.getByRole('link', { name: /Download the calendar/ })).toHaveAttribute('href', `${base}/agenda.ics`);
    // The director reads the plan; only reception officers edit it.
    expect(screen.queryByRole('button', { name: 'Save as new revision' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Change item/ })).not.toBeInTheDocument();
  });

  it('saves the whole plan with the version seen and shows an interpreter conflict on the item it concerns', async () => {
    const server = fakeServer({ [`GET ${base}/plan`]: plan(), [`PUT ${base}/plan`]: () => doubleBooked, ...resources() });
    const user = typist();
    renderPage(<PlanTab visit={approved} />, { me: PEOPLE.reception });

    await waitFor(() => itemRow('Visit to the museum'));
    await user.click(screen.getByRole('button', { name: 'Save as new revision' }));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'PUT')).toBe(true));
    const save = server.calls.find((call) => call.method === 'PUT')!;
    expect(save.headers.get('If-Match')).toBe('"7"');
    expect(save.body).toEqual({
      items: plan().current!.items,
      vehicles: [{ description: 'Coach', seats: 20 }],
      lodging: [{ hotel: 'Tongchuan Hotel', checkIn: '2027-06-10', checkOut: '2027-06-16', rooms: 4 }],
      note: 'First draft',
    });

    const museum = itemRow('Visit to the museum');
    expect(await within(museum).findByText('Interpreter conflict')).toBeInTheDocument();
    expect(within(museum).getByText(/INTERPRETER_DOUBLE_BOOKED: Interpreter int-ko is already booked/)).toBeInTheDocument();
    expect(within(museum).getByRole('link', { name: 'Open the visit holding it' })).toHaveAttribute('href', '/reception/visits/other-visit');
    expect(within(itemRow('Talks with the mayor')).queryByText('Interpreter conflict')).not.toBeInTheDocument();
  });

  it('shows a conflict between two items of the same plan on both of them', async () => {
    fakeServer({
      [`GET ${base}/plan`]: plan(),
      [`PUT ${base}/plan`]: () =>
        ruleViolation([
          {
            code: 'VENUE_DOUBLE_BOOKED',
            field: 'items',
            parameters: { venueId: 'venue-hall', itemId: 'item-visit', otherVisitId: VISIT_ID, otherItemId: 'item-talks', from: '2027-06-11T09:00', to: '2027-06-11T10:30' },
            message: { zh: '场地冲突', en: 'Venue venue-hall is already booked at the time of item item-visit, by item item-talks' },
          },
        ]),
      ...resources(),
    });
    const user = typist();
    renderPage(<PlanTab visit={approved} />, { me: PEOPLE.reception });
    await waitFor(() => itemRow('Visit to the museum'));
    await user.click(screen.getByRole('button', { name: 'Save as new revision' }));

    expect(await within(itemRow('Visit to the museum')).findByText('Venue conflict')).toBeInTheDocument();
    expect(within(itemRow('Talks with the mayor')).getByText('Venue conflict')).toBeInTheDocument();
    expect(within(itemRow('Talks with the mayor')).queryByRole('link', { name: 'Open the visit holding it' })).not.toBeInTheDocument();
  });

  it('shows a field the service refused on the item sent at that place in the list', async () => {
    fakeServer({
      [`GET ${base}/plan`]: plan(),
      [`PUT ${base}/plan`]: () => validation([{ field: 'items[1].end', message: 'must give the end (office time)' }]),
      ...resources(),
    });
    const user = typist();
    renderPage(<PlanTab visit={approved} />, { me: PEOPLE.reception });
    await waitFor(() => itemRow('Visit to the museum'));
    await user.click(screen.getByRole('button', { name: 'Save as new revision' }));
    expect(await within(itemRow('Visit to the museum')).findByText('end: must give the end (office time)')).toBeInTheDocument();
    expect(within(itemRow('Talks with the mayor')).queryByText(/must give the end/)).not.toBeInTheDocument();
  });

  it('removes an item from the draft and saves the plan without it', async () => {
    const saved = plan({ version: 8, revision: 3 });
    const server = fakeServer({ [`GET ${base}/plan`]: plan(), [`PUT ${base}/plan`]: () => ({ status: 200, body: saved }), ...resources() });
    const user = typist();
    renderPage(<PlanTab visit={approved} />, { me: PEOPLE.reception });

    await user.click(await screen.findByRole('button', { name: 'Remove item Visit to the museum' }));
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save as new revision' }));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'PUT')).toBe(true));
    const body = server.calls.find((call) => call.method === 'PUT')!.body as { items: { id: string }[] };
    expect(body.items.map((item) => item.id)).toEqual(['item-talks']);
    expect(await screen.findByText('Reception plan saved as revision 3')).toBeInTheDocument();
  });

  it('adds an item with its venue and interpreter to the draft and saves it with an id the conflicts can name', async () => {
    const server = fakeServer({ [`GET ${base}/plan`]: plan(), [`PUT ${base}/plan`]: () => ({ status: 200, body: plan({ version: 8, revision: 3 }) }), ...resources() });
    const user = typist();
    renderPage(<PlanTab visit={approved} />, { me: PEOPLE.reception });

    await user.click(await screen.findByRole('button', { name: 'Add an item' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Start')).toHaveValue('2027-06-10 09:00');
    await user.click(within(dialog).getByLabelText('Kind'));
    await user.click(await screen.findByTitle('Banquet'));
    await user.type(within(dialog).getByLabelText('Item (Chinese)'), '欢迎宴会');
    await user.type(within(dialog).getByLabelText('Item (English)'), 'Welcome banquet');
    await user.click(within(dialog).getByLabelText('Venue'));
    await user.click(await screen.findByTitle('Meeting hall · 40 seats'));
    expect(screen.queryByTitle('Old hall · 100 seats')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add an interpreter' }));
    await user.click(within(dialog).getByLabelText('Interpreter 1'));
    await user.click(await screen.findByTitle('Smith English (English, French)'));
    await user.click(within(dialog).getByLabelText('Interpreter 1 language'));
    await user.click(await screen.findByTitle('French (fr)'));
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));

    await waitFor(() => itemRow('Welcome banquet'));
    await user.click(screen.getByRole('button', { name: 'Save as new revision' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'PUT')).toBe(true));
    const items = (server.calls.find((call) => call.method === 'PUT')!.body as { items: Record<string, unknown>[] }).items;
    expect(items).toHaveLength(3);
    expect(items[2]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      start: '2027-06-10T09:00:00',
      end: '2027-06-10T10:00:00',
      kind: 'BANQUET',
      title: { zh: '欢迎宴会', en: 'Welcome banquet' },
      venueId: 'venue-hall',
      officials: [],
      interpreters: [{ interpreterId: 'int-en', language: 'fr' }],
    });
  });

  it('speaks Chinese', async () => {
    fakeServer({ [`GET ${base}/plan`]: plan(), ...resources() });
    renderPage(<PlanTab visit={approved} />, { me: PEOPLE.reception, language: 'zh' });
    const talks = await waitFor(() => itemRow('会谈'));
    expect(within(talks).getByText('会见厅')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存为新版本' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /打印中英文日程/ })).toBeInTheDocument();
  });

  it('starts the first plan without If-Match', async () => {
    const server = fakeServer({
      [`GET ${base}/plan`]: () => ({ status: 404, body: { type: 'urn:waishi:problem:not-found', status: 404, title: 'Not Found' } }),
      [`PUT ${base}/plan`]: () => ({ status: 200, body: plan({ version: 0, revision: 1 }) }),
      ...resources(),
    });
    const user = typist();
    renderPage(<PlanTab visit={approved} />, { me: PEOPLE.reception });
    expect(await screen.findByText('No reception plan yet')).toBeInTheDocument();
    expect(screen.getByText('The agenda can be downloaded once the reception plan is saved.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save as new revision' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'PUT')).toBe(true));
    const save = server.calls.find((call) => call.method === 'PUT')!;
    expect(save.headers.get('If-Match')).toBeNull();
    expect(save.body).toEqual({ items: [], vehicles: [], lodging: [] });
  });
});

describe('the checklist', () => {
  it('shows each task with its state and how many are settled', async () => {
    fakeServer({ [`GET ${base}/plan`]: plan() });
    renderPage(<ChecklistTab visit={approved} />, { me: PEOPLE.auditor });
    expect(await screen.findByText('2 of 4 settled')).toBeInTheDocument();
    const hotel = screen.getByText('Hotel').closest('tr')!;
    expect(within(hotel).getByText('Done')).toBeInTheDocument();
    expect(within(hotel).getByText('Li')).toBeInTheDocument();
    expect(within(screen.getByText('Cars').closest('tr')!).getByText('Open')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Update task/ })).not.toBeInTheDocument();
  });

  it('updates a task with the plan version and shows a missing owner at the owner field', async () => {
    const server = fakeServer({
      [`GET ${base}/plan`]: plan(),
      [`PUT ${base}/plan/checklist/CARS`]: () =>
        ruleViolation([
          {
            code: 'CHECKLIST_OWNER_MISSING',
            field: 'owner',
            parameters: { task: 'CARS', state: 'DONE' },
            message: { zh: '清单事项 CARS 设为 DONE 时须指定负责人', en: 'Checklist task CARS needs an owner to be DONE' },
          },
        ]),
    });
    const user = typist();
    renderPage(<ChecklistTab visit={approved} />, { me: PEOPLE.reception });

    await user.click(await screen.findByRole('button', { name: 'Update task: Cars' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('State'));
    await user.click(await screen.findByTitle('Done'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'PUT')).toBe(true));
    const update = server.calls.find((call) => call.method === 'PUT')!;
    expect(update.url.pathname).toBe(`${base}/plan/checklist/CARS`);
    expect(update.headers.get('If-Match')).toBe('"7"');
    expect(update.body).toEqual({ state: 'DONE' });
    const owner = within(dialog).getByLabelText('Owner').closest('.ant-form-item')!;
    expect(await within(owner as HTMLElement).findByText('CHECKLIST_OWNER_MISSING: Checklist task CARS needs an owner to be DONE')).toBeInTheDocument();
  });
});
