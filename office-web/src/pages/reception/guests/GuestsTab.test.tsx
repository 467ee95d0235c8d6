import '../testing/speed';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { guestList, PEOPLE, ruleViolation, seatingOrder, visit, VISIT_ID } from '../testing/fixtures';
import { user as typist } from '../testing/speed';
import { GuestsTab } from './GuestsTab';

const base = `/api/receptions/visits/${VISIT_ID}`;

/** The guests' names as the table shows them, top to bottom. */
function namesInOrder(): string[] {
  const table = screen.getByText(/In order of precedence|In the order entered/).closest('.ant-table-wrapper')!;
  return [...table.querySelectorAll('tr.ant-table-row')].map((row) => row.querySelectorAll('td')[1].textContent ?? '');
}

/** The table row of the guest whose name cell starts with `name`. */
function rowOf(name: string): HTMLElement {
  const row = [...document.querySelectorAll('tr.ant-table-row')].find((tr) => tr.querySelectorAll('td')[1]?.textContent?.startsWith(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row as HTMLElement;
}

describe('the guest list', () => {
  it('shows the guests in the order of precedence the service answers, with place, post and rank', async () => {
    const server = fakeServer({
      [`GET ${base}/guests`]: guestList(),
      [`POST ${base}/precedence`]: () => ({ status: 200, body: seatingOrder() }),
    });
    renderPage(<GuestsTab visit={visit({ status: 'INVITED' })} />, { me: PEOPLE.director });

    await waitFor(() => rowOf('김철수 / KIM Chulsoo'));
    expect(screen.getByText('In order of precedence')).toBeInTheDocument();
    const names = namesInOrder();
    expect(names[0]).toContain('KIM Chulsoo');
    expect(names[1]).toContain('LEE Younghee');
    expect(names[2]).toContain('PARK Jimin');
    const head = rowOf('김철수 / KIM Chulsoo');
    expect(within(head).getByText('1')).toBeInTheDocument();
    expect(within(head).getByText('County Governor · Bonghwa County')).toBeInTheDocument();
    expect(within(head).getByText('Bureau')).toBeInTheDocument();
    expect(within(head).getByText('Head of delegation')).toBeInTheDocument();
    expect(within(rowOf('이영희')).getByText(/Spouse of 김철수/)).toBeInTheDocument();
    // Diet and religion as the API gives them; the masked passport number as the API masks it.
    expect(within(head).getByText('Dietary needs: No pork')).toBeInTheDocument();
    expect(within(rowOf('박지민')).getByText('M****4321')).toBeInTheDocument();

    const ask = server.calls.find((call) => call.method === 'POST')!;
    expect(ask.url.pathname).toBe(`${base}/precedence`);
    expect(ask.body).toEqual({ hosts: [] });
    // A director reads but does not edit the list.
    expect(screen.queryByRole('button', { name: 'Add a guest' })).not.toBeInTheDocument();
  });

  it('asks no precedence for an auditor (who may send no POST) and says the list is in the order entered', async () => {
    const server = fakeServer({ [`GET ${base}/guests`]: guestList() });
    renderPage(<GuestsTab visit={visit({ status: 'INVITED' })} />, { me: PEOPLE.auditor });

    await screen.findByText('In the order entered');
    expect(namesInOrder()[0]).toContain('PARK Jimin');
    expect(screen.getByText('The order of precedence is computed on request, which auditors cannot send; the list shows in the order entered.')).toBeInTheDocument();
    expect(server.calls.every((call) => call.method === 'GET')).toBe(true);
  });

  it('orders the hosts given with the guests', async () => {
    const server = fakeServer({
      [`GET ${base}/guests`]: guestList(),
      [`POST ${base}/precedence`]: (body: unknown) => ({
        status: 200,
        body: {
          ...seatingOrder(),
          hosts: ((body as { hosts: { name: string; rank: string }[] }).hosts ?? []).map((host, index) => ({
            position: index + 1,
            ref: `host-${index + 1}`,
            name: host.name,
            country: 'CN',
            rank: host.rank,
            serving: true,
            headOfDelegation: false,
          })),
        },
      }),
    });
    const user = typist();
    renderPage(<GuestsTab visit={visit({ status: 'INVITED' })} />, { me: PEOPLE.reception });
    await waitFor(() => rowOf('김철수 / KIM Chulsoo'));

    await user.click(screen.getByRole('button', { name: 'Add a host' }));
    await user.type(screen.getByLabelText('Host 1 name'), 'Zhang San');
    await user.click(screen.getByLabelText('Host 1 rank'));
    await user.click(await screen.findByTitle('Vice-minister'));
    await user.click(screen.getByRole('button', { name: 'Order by precedence' }));

    await waitFor(() => expect(server.calls.filter((call) => call.method === 'POST')).toHaveLength(2));
    expect(server.calls.filter((call) => call.method === 'POST')[1].body).toEqual({
      hosts: [{ name: 'Zhang San', rank: 'VICE_MINISTER', serving: true }],
    });
    expect(await screen.findByText('Our side in order of precedence')).toBeInTheDocument();
  });

  it('lets a reception officer add a guest, sending the list version, and shows a broken rule at its field', async () => {
    const server = fakeServer({
      [`GET ${base}/guests`]: guestList(),
      [`POST ${base}/precedence`]: () => ({ status: 200, body: seatingOrder() }),
      [`POST ${base}/guests`]: () =>
        ruleViolation([
          {
            code: 'SPOUSE_ALREADY_LISTED',
            field: 'spouseOf',
            parameters: { guest: 'KIM Chulsoo', spouse: 'LEE Younghee' },
            message: { zh: '配偶已在名单上', en: 'LEE Younghee is already on the list as the spouse of KIM Chulsoo (rule SPOUSE_ALREADY_LISTED)' },
          },
        ]),
    });
    const user = typist();
    renderPage(<GuestsTab visit={visit({ status: 'INVITED' })} />, { me: PEOPLE.reception });

    await user.click(await screen.findByRole('button', { name: 'Add a guest' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Name (Latin script)'), 'CHOI Minsu');
    await user.click(within(dialog).getByLabelText('Country'));
    await user.type(within(dialog).getByLabelText('Country'), 'Korea');
    await user.click(await screen.findByTitle('South Korea (KR)'));
    await user.click(within(dialog).getByLabelText('Rank'));
    await user.click(await screen.findByTitle('Division'));
    await user.click(within(dialog).getByLabelText('Spouse of'));
    await user.click(await screen.findByTitle('김철수 / KIM Chulsoo'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.calls.some((call) => call.url.pathname === `${base}/guests` && call.method === 'POST')).toBe(true));
    const add = server.calls.find((call) => call.url.pathname === `${base}/guests` && call.method === 'POST')!;
    expect(add.headers.get('If-Match')).toBe('"5"');
    expect(add.body).toEqual({
      latinName: 'CHOI Minsu',
      country: 'KR',
      rank: 'DIVISION',
      serving: true,
      headOfDelegation: false,
      spouseOf: 'g-head',
      firstVisitToCity: false,
    });
    const spouseField = within(dialog).getByLabelText('Spouse of').closest('.ant-form-item')!;
    expect(await within(spouseField as HTMLElement).findByText(/SPOUSE_ALREADY_LISTED: LEE Younghee is already on the list/)).toBeInTheDocument();
  });

  it('sends a passport only in the body of the change, never in an address', async () => {
    const list = guestList();
    list.guests[0].passport = { number: 'M12344321', masked: false, dateOfBirth: '1990-02-03', nationality: 'KR', expiryDate: '2030-01-01', issuingPost: 'Chinese Embassy in Seoul' };
    const server = fakeServer({
      [`GET ${base}/guests`]: list,
      [`POST ${base}/precedence`]: () => ({ status: 200, body: seatingOrder() }),
      [`PUT ${base}/guests/g-aide`]: () => ({ status: 200, body: list.guests[0] }),
    });
    const user = typist();
    const { router } = renderPage(<GuestsTab visit={visit({ status: 'INVITED' })} />, { me: PEOPLE.reception });

    await user.click(await screen.findByRole('button', { name: 'Change 박지민 / PARK Jimin' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Passport number')).toHaveValue('M12344321');
    await user.clear(within(dialog).getByLabelText('Passport number'));
    await user.type(within(dialog).getByLabelText('Passport number'), 'M99998888');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'PUT')).toBe(true));
    const change = server.calls.find((call) => call.method === 'PUT')!;
    expect(change.headers.get('If-Match')).toBe('"5"');
    expect(change.body).toMatchObject({
      latinName: 'PARK Jimin',
      passport: { number: 'M99998888', dateOfBirth: '1990-02-03', nationality: 'KR', expiryDate: '2030-01-01', issuingPost: 'Chinese Embassy in Seoul' },
    });
    for (const call of server.calls) expect(call.url.href).not.toMatch(/M9999|M1234|1990-02-03/);
    expect(router.state.location.pathname + router.state.location.search).not.toMatch(/M9999|1990/);
  });
});
