import '../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, ME, renderPage } from '../../../test/render';
import type { DelegationPlan } from '../model';
import { aDelegation, page } from '../testing/fixtures';
import { DelegationEditor } from './DelegationEditor';

const YORBA_LINDA = '7d1e0c2a-1111-4222-8333-944455556666';

const routes = [
  { path: '/travel/delegations/new', element: <DelegationEditor /> },
  { path: '/travel/delegations/:id/edit', element: <DelegationEditor /> },
  { path: '/travel/delegations/:id', element: <div>detail page</div> },
];

const PLAN_2027 = {
  id: 'U-EDU:2027',
  unit: 'U-EDU',
  year: 2027,
  status: 'APPROVED',
  items: [{ itemId: 'P1', title: { zh: '友城教育交流', en: 'Sister-city education exchange' }, countries: ['US'], category: 'SISTER_CITY', plannedQuarter: 2, plannedSize: 5 }],
};

/**
 * What the editor reads besides the file: partner cities, the unit's approved plan, country profiles. The unit has
 * an approved plan for 2027 only, so the plan items offered are those of the departure's year, not this year's.
 */
const neighbours = {
  'GET /api/sister-cities/partner-cities': page([{ id: YORBA_LINDA, names: { zh: '约巴林达', en: 'Yorba Linda' }, country: 'US' }]),
  'GET /api/travel/plans': (_body: unknown, url: URL) => ({ status: 200, body: page(url.searchParams.get('year') === '2027' ? [PLAN_2027] : []) }),
  'GET /public/countries': page([{ countryCode: 'US', name: { zh: '美国', en: 'United States' }, level: { level: 1 } }]),
};

const TOO_MANY_COUNTRIES = {
  code: 'MAX_COUNTRIES',
  field: 'destinationCountries',
  parameters: { parameter: 'MAX_COUNTRIES_PER_TRIP', limit: 2, actual: 3, source: 'S1', countries: ['US', 'CA', 'MX'] },
  // The service's own words, as both the precheck and a 422 carry them.
  message: {
    zh: '出访国家（地区）3个，超过上限2个（参数 MAX_COUNTRIES_PER_TRIP，依据 S1）',
    en: '3 countries or regions; at most 2 are allowed (parameter MAX_COUNTRIES_PER_TRIP, source S1)',
  },
};
const NO_INVITATION = {
  code: 'INVITATION_MISSING',
  field: 'invitation',
  parameters: { source: 'S2, S5' },
  message: { zh: '缺少邀请函', en: 'The invitation is missing' },
};

/** The form item (label, input and help) whose label reads `label`. */
function formItem(label: string): HTMLElement {
  return screen.getByText(label, { selector: 'label' }).closest('.ant-form-item') as HTMLElement;
}

function precheckCalls(server: ReturnType<typeof fakeServer>) {
  return server.calls.filter((call) => call.method === 'POST' && call.url.pathname === '/api/travel/delegations/precheck');
}

describe('the delegation editor', () => {
  it('shows each precheck violation next to its field and in the summary, in English', async () => {
    const server = fakeServer({
      ...neighbours,
      'GET /api/travel/delegations/D1': aDelegation({ destinationCountries: ['US', 'CA', 'MX'], invitation: undefined }),
      'POST /api/travel/delegations/precheck': () => ({ status: 200, body: { submittable: false, violations: [TOO_MANY_COUNTRIES, NO_INVITATION] } }),
    });
    renderPage(<DelegationEditor />, { me: ME.clerk, path: '/travel/delegations/D1/edit', routes });

    const expected = 'MAX_COUNTRIES: 3 countries or regions; at most 2 are allowed (parameter MAX_COUNTRIES_PER_TRIP, source S1)';
    await screen.findByText('Edit delegation');
    expect(await within(formItem('Destination countries')).findByText(expected)).toBeInTheDocument();
    expect(within(formItem('Inviting body')).getByText('INVITATION_MISSING: The invitation is missing')).toBeInTheDocument();
    const summary = screen.getByTestId('rule-check');
    expect(within(summary).getByText('2 problem(s) to fix before submitting:')).toBeInTheDocument();
    expect(within(summary).getByText(expected)).toBeInTheDocument();
    expect(within(summary).getByText('INVITATION_MISSING: The invitation is missing')).toBeInTheDocument();

    const checked = precheckCalls(server)[0].body as DelegationPlan;
    expect(checked.destinationCountries).toEqual(['US', 'CA', 'MX']);
    expect(checked.invitation).toBeUndefined();
    expect(checked.planItemId).toBe('P1');
  });

  it('words the same violations in Chinese', async () => {
    fakeServer({
      ...neighbours,
      'GET /api/travel/delegations/D1': aDelegation({ destinationCountries: ['US', 'CA', 'MX'], invitation: undefined }),
      'POST /api/travel/delegations/precheck': () => ({ status: 200, body: { submittable: false, violations: [TOO_MANY_COUNTRIES, NO_INVITATION] } }),
    });
    renderPage(<DelegationEditor />, { me: ME.clerk, path: '/travel/delegations/D1/edit', routes, language: 'zh' });

    const expected = 'MAX_COUNTRIES: 出访国家（地区）3个，超过上限2个（参数 MAX_COUNTRIES_PER_TRIP，依据 S1）';
    await screen.findByText('修改出访团组');
    expect(await within(formItem('出访国家（地区）')).findByText(expected)).toBeInTheDocument();
    expect(within(formItem('邀请方')).getByText('INVITATION_MISSING: 缺少邀请函')).toBeInTheDocument();
    const summary = screen.getByTestId('rule-check');
    expect(within(summary).getByText('发现 2 个问题，提交前请修改：')).toBeInTheDocument();
    expect(within(summary).getByText(expected)).toBeInTheDocument();
  });

  it('checks again as the plan changes and revises the file with the version it edited', async () => {
    let violations: unknown[] = [NO_INVITATION];
    const server = fakeServer({
      ...neighbours,
      'GET /api/travel/delegations/D1': aDelegation({ invitation: undefined }),
      'POST /api/travel/delegations/precheck': () => ({ status: 200, body: { submittable: violations.length === 0, violations } }),
      'PUT /api/travel/delegations/D1': (body: unknown) => ({ status: 200, body: { ...aDelegation(), ...(body as object) } }),
    });
    renderPage(<DelegationEditor />, { me: ME.clerk, path: '/travel/delegations/D1/edit', routes });
    expect(await within(await waitForItem('Inviting body')).findByText('INVITATION_MISSING: The invitation is missing')).toBeInTheDocument();

    violations = [];
    write(screen.getByLabelText('Inviting body'), 'City of Yorba Linda');
    await choose(screen.getByLabelText('Kind of inviter'), 'Partner city');
    expect(await within(screen.getByTestId('rule-check')).findByText('No travel rule stops this plan: it can be submitted.')).toBeInTheDocument();
    expect(within(formItem('Inviting body')).queryByText(/INVITATION_MISSING/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('detail page')).toBeInTheDocument();
    const saved = server.calls.find((call) => call.method === 'PUT')!;
    expect(saved.headers.get('If-Match')).toBe('"1"');
    expect((saved.body as DelegationPlan).invitation).toEqual({ invitingBody: 'City of Yorba Linda', inviterKind: 'PARTNER_CITY', translationAttached: false });
  });

  it('shows the validation errors of a refused save next to their fields', async () => {
    fakeServer({
      ...neighbours,
      'GET /api/travel/delegations/D1': aDelegation(),
      'POST /api/travel/delegations/precheck': () => ({ status: 200, body: { submittable: true, violations: [] } }),
      'PUT /api/travel/delegations/D1': () => ({
        status: 400,
        body: {
          type: 'urn:waishi:problem:validation',
          title: 'Invalid request',
          status: 400,
          errors: [{ field: 'members[0].personId', message: "must be the office's person id" }],
        },
      }),
    });
    renderPage(<DelegationEditor />, { me: ME.clerk, path: '/travel/delegations/D1/edit', routes });
    await waitForItem('Title (Chinese)');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const member = await screen.findByRole('group', { name: 'Member 1' });
    const personId = within(member).getByText('Person id', { selector: 'label' }).closest('.ant-form-item') as HTMLElement;
    expect(await within(personId).findByText("must be the office's person id")).toBeInTheDocument();
  });

  it('drafts a new file for the unit with the plan as written', async () => {
    const server = fakeServer({
      ...neighbours,
      'POST /api/travel/delegations/precheck': () => ({ status: 200, body: { submittable: true, violations: [] } }),
      'POST /api/travel/delegations': (body: unknown) => ({ status: 201, body: { ...aDelegation({ id: 'D9' }), ...(body as object) } }),
    });
    renderPage(<DelegationEditor />, { me: ME.clerk, path: '/travel/delegations/new', routes });
    write(await screen.findByLabelText('Title (Chinese)'), '赴约巴林达教育交流');
    write(screen.getByLabelText('Title (English)'), 'Education exchange with Yorba Linda');
    await choose(screen.getByLabelText('Category'), 'Sister-city exchange');
    // Choosing the partner city puts its country among the destinations.
    await choose(screen.getByLabelText('Partner city'), 'Yorba Linda (US)');
    pickDate(screen.getByLabelText('Departure date'), '2027-04-10');
    pickDate(screen.getByLabelText('Return date'), '2027-04-14');
    await choose(screen.getByLabelText('Plan item'), 'P1 · Sister-city education exchange · US');
    expect(within(formItem('Plan item')).getByTitle('P1 · Sister-city education exchange · US')).toBeInTheDocument();
    const member = screen.getByRole('group', { name: 'Member 1' });
    write(within(member).getByLabelText('Name'), 'Li Ming');
    write(within(member).getByLabelText('Post'), 'Deputy director');
    write(within(member).getByLabelText('Person id'), 'P-100');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('detail page')).toBeInTheDocument();
    const created = server.calls.find((call) => call.method === 'POST' && call.url.pathname === '/api/travel/delegations')!;
    expect(created.body).toEqual({
      title: { zh: '赴约巴林达教育交流', en: 'Education exchange with Yorba Linda' },
      category: 'SISTER_CITY',
      beltAndRoad: false,
      urgent: false,
      partnerCityId: YORBA_LINDA,
      signsAgreement: false,
      destinationCountries: ['US'],
      departureDate: '2027-04-10',
      returnDate: '2027-04-14',
      members: [{ name: 'Li Ming', post: 'Deputy director', role: 'LEADER', unitHead: false, personId: 'P-100' }],
      legs: [],
      schedule: [],
      tasks: [],
      planItemId: 'P1',
      replacesPlannedTrip: false,
      attachments: [],
    });
  });
});

/** Typing a whole value at once: keystroke by keystroke re-renders the large form for nothing here. */
function write(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}

/** Opens an antd Select and clicks the option shown as `label`. */
async function choose(select: HTMLElement, label: string) {
  // Options read from the service arrive after the select shows; choose once they are there.
  await waitFor(() => expect(select.closest('.ant-select')).not.toHaveClass('ant-select-loading'));
  fireEvent.mouseDown(select);
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((candidate) => candidate.title === label);
    if (!found) throw new Error(`no option ${label}`);
    return found;
  });
  fireEvent.click(option);
}

function pickDate(input: HTMLElement, day: string) {
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: day } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
}

async function waitForItem(label: string): Promise<HTMLElement> {
  await screen.findByText(label, { selector: 'label' });
  return formItem(label);
}
