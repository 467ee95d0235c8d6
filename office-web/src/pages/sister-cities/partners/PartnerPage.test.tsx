import '../testing/timeouts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { PartnerPage } from './PartnerPage';
import {
  HELD_CAMP,
  PLANNED_FROM_DELEGATION,
  SETO,
  SETO_RELATIONSHIP,
  USERS,
  YORBA_LINDA,
  YORBA_LINDA_RELATIONSHIP,
  page,
} from '../testing/fixtures';

const BASE = '/api/sister-cities';

function yorbaLinda(extra: Record<string, unknown> = {}) {
  return fakeServer({
    [`GET ${BASE}/partner-cities/P-YL`]: YORBA_LINDA,
    [`GET ${BASE}/partner-cities/P-YL/activities`]: page([PLANNED_FROM_DELEGATION, HELD_CAMP]),
    [`GET ${BASE}/partner-cities`]: page([YORBA_LINDA]),
    [`GET ${BASE}/relationships`]: page([YORBA_LINDA_RELATIONSHIP]),
    [`GET ${BASE}/relationships/at-risk`]: page([
      {
        relationshipId: 'R-YL',
        partnerCityId: 'P-YL',
        partnerCityName: YORBA_LINDA.names,
        kind: 'SISTER_CITY',
        stage: 'ACTIVE',
        lastActivityOn: '2024-07-10',
        monthsQuiet: 26,
        atRiskSince: '2026-07-11',
      },
    ]),
    [`GET ${BASE}/relationships/anniversaries`]: page([
      {
        relationshipId: 'R-YL',
        partnerCityId: 'P-YL',
        partnerCityName: YORBA_LINDA.names,
        kind: 'SISTER_CITY',
        stage: 'ACTIVE',
        agreementDate: '2015-10-23',
        anniversaryDate: '2025-10-23',
        years: 10,
        announced: true,
      },
    ]),
    [`GET ${BASE}/projects`]: page([]),
    ...extra,
  });
}

function open(partnerId: string, me = USERS.officer, language: 'zh' | 'en' = 'en') {
  return renderPage(<PartnerPage />, { me, route: '/sister-cities/partners/:id', path: `/sister-cities/partners/${partnerId}`, language });
}

describe('the partner page', () => {
  it('shows the activity planned from an approved travel delegation on the timeline, in English', async () => {
    const server = yorbaLinda();
    open('P-YL');
    expect(await screen.findByRole('heading', { level: 2, name: 'Yorba Linda' })).toBeInTheDocument();
    const planned = (await screen.findByText('Education exchange in Yorba Linda')).closest('li') as HTMLElement;
    expect(within(planned).getByText('Planned')).toBeInTheDocument();
    expect(within(planned).getByText('2027-03-10 – 2027-03-15')).toBeInTheDocument();
    expect(within(planned).getByText('From Travel delegation D-2027-0042')).toBeInTheDocument();
    expect(within(planned).getByText('Outbound (we go there)')).toBeInTheDocument();
    const held = screen.getByText('Yorba Linda students’ summer camp').closest('li') as HTMLElement;
    expect(within(held).getByText('Held')).toBeInTheDocument();
    expect(within(held).getByText('30 students visited')).toBeInTheDocument();
    expect(server.calls.some((call) => call.url.pathname === `${BASE}/partner-cities/P-YL/activities` && call.url.searchParams.get('size') === '10')).toBe(true);
  });

  it('reads the same timeline in Chinese', async () => {
    yorbaLinda();
    open('P-YL', USERS.officer, 'zh');
    expect(await screen.findByRole('heading', { level: 2, name: '约巴林达市 · Yorba Linda' })).toBeInTheDocument();
    const planned = (await screen.findByText('赴约巴林达市教育交流')).closest('li') as HTMLElement;
    expect(within(planned).getByText('计划中')).toBeInTheDocument();
    expect(within(planned).getByText('来源：出访团组 D-2027-0042')).toBeInTheDocument();
  });

  it('shows the facts, contacts, dormancy risk and the coming anniversary', async () => {
    yorbaLinda();
    open('P-YL');
    expect(await screen.findByText('https://www.yorba-linda.org')).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(screen.getByRole('table', { name: 'Contacts' })).toHaveTextContent('Jane Doe');
    expect(await screen.findByText('At risk of dormancy: 26 months quiet (last 2024-07-10)')).toBeInTheDocument();
    expect(screen.getByText('10 years on 2025-10-23')).toBeInTheDocument();
    expect(screen.getByText('Sister city')).toBeInTheDocument();
  });

  it('lets only the sister-city officer edit the file and plan an activity', async () => {
    yorbaLinda();
    open('P-YL', USERS.auditor);
    await screen.findByRole('heading', { level: 2, name: 'Yorba Linda' });
    await screen.findByText('Education exchange in Yorba Linda');
    expect(screen.queryByRole('button', { name: 'Edit the file' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Plan an activity' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record a letter of intent' })).not.toBeInTheDocument();
  });

  it('puts a website refused as inside a network next to the website field', async () => {
    const server = yorbaLinda({
      [`PUT ${BASE}/partner-cities/P-YL`]: () => ({
        status: 400,
        body: {
          type: 'urn:waishi:problem:invalid-value',
          title: 'Invalid value',
          status: 400,
          detail: 'A web address must be on the public web, not 192.168.1.10',
        },
      }),
    });
    open('P-YL');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit the file' }));
    const website = await screen.findByLabelText('Website');
    fireEvent.change(website, { target: { value: 'http://192.168.1.10/admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'PUT')).toBe(true));
    const put = server.calls.find((call) => call.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toMatchObject({ website: 'http://192.168.1.10/admin', names: YORBA_LINDA.names, contacts: YORBA_LINDA.contacts });
    const field = website.closest('.ant-form-item') as HTMLElement;
    expect(await within(field).findByText('A web address must be on the public web, not 192.168.1.10')).toBeInTheDocument();
  });
});

describe('a relationship on its approval path', () => {
  function seto(actions: string[] | undefined) {
    return fakeServer({
      [`GET ${BASE}/partner-cities/P-SE`]: SETO,
      [`GET ${BASE}/partner-cities/P-SE/activities`]: page([]),
      [`GET ${BASE}/partner-cities`]: page([SETO]),
      [`GET ${BASE}/relationships`]: page([{ ...SETO_RELATIONSHIP, actions }]),
      [`GET ${BASE}/relationships/at-risk`]: page([]),
      [`GET ${BASE}/relationships/anniversaries`]: page([]),
      [`GET ${BASE}/projects`]: page([]),
      [`POST ${BASE}/relationships/R-SE/cpaffc-approval`]: () => ({ status: 200, body: { ...SETO_RELATIONSHIP, stage: 'CPAFFC_APPROVED' } }),
    });
  }

  it('shows the path up to the CPAFFC with the references on file', async () => {
    seto([]);
    open('P-SE', USERS.auditor);
    const path = await screen.findByRole('group', { name: 'Approval path' });
    for (const step of ['Letter of intent', 'Friendly exchanges', 'City government', 'Provincial FAO', 'CPAFFC', 'Agreement signed', 'In force']) {
      expect(within(path).getByText(step)).toBeInTheDocument();
    }
    expect(within(path).getByText('省外办〔2025〕12号')).toBeInTheDocument();
    expect(within(path).getByText('Approval by the Chinese People’s Association for Friendship with Foreign Countries')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record CPAFFC approval' })).not.toBeInTheDocument();
  });

  it('offers the director the acts the service lists and sends the CPAFFC approval with its reference', async () => {
    const server = seto(['RECORD_CPAFFC_APPROVAL', 'TERMINATE']);
    open('P-SE', USERS.director);
    fireEvent.click(await screen.findByRole('button', { name: 'Record CPAFFC approval' }));
    expect(screen.getByRole('button', { name: 'Terminate' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record signed agreement' })).not.toBeInTheDocument();
    fireEvent.change(await screen.findByLabelText('Reference'), { target: { value: '友协〔2025〕7号' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    const post = server.calls.find((call) => call.method === 'POST')!;
    expect(post.url.pathname).toBe(`${BASE}/relationships/R-SE/cpaffc-approval`);
    expect(post.body).toEqual({ reference: '友协〔2025〕7号' });
    expect(post.headers.get('If-Match')).toBe('"4"');
  });

  it('shows a rule broken by an act next to the field it names', async () => {
    const server = fakeServer({
      [`GET ${BASE}/partner-cities/P-SE`]: SETO,
      [`GET ${BASE}/partner-cities/P-SE/activities`]: page([]),
      [`GET ${BASE}/partner-cities`]: page([SETO]),
      [`GET ${BASE}/relationships`]: page([{ ...SETO_RELATIONSHIP, stage: 'CITY_APPROVED', actions: ['RECORD_PROVINCIAL_REVIEW'] }]),
      [`GET ${BASE}/relationships/at-risk`]: page([]),
      [`GET ${BASE}/relationships/anniversaries`]: page([]),
      [`GET ${BASE}/projects`]: page([]),
      [`POST ${BASE}/relationships/R-SE/provincial-review`]: () => ({
        status: 422,
        body: {
          type: 'urn:waishi:problem:rule-violation',
          title: 'Rules broken',
          status: 422,
          violations: [
            {
              code: 'DIPLOMATIC_RELATIONS_REQUIRED',
              field: 'reference',
              parameters: { country: 'JP' },
              message: { zh: '该城市所在国家（JP）未与我国建交', en: 'JP has no diplomatic relations with China' },
            },
          ],
        },
      }),
    });
    open('P-SE', USERS.director);
    fireEvent.click(await screen.findByRole('button', { name: 'Record provincial review' }));
    const reference = await screen.findByLabelText('Reference');
    fireEvent.change(reference, { target: { value: 'X-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    const field = reference.closest('.ant-form-item') as HTMLElement;
    expect(await within(field).findByText('DIPLOMATIC_RELATIONS_REQUIRED: JP has no diplomatic relations with China')).toBeInTheDocument();
    expect(screen.getByTestId('violations')).toHaveTextContent('DIPLOMATIC_RELATIONS_REQUIRED');
    expect(server.calls.filter((call) => call.method === 'POST')).toHaveLength(1);
  });
});
