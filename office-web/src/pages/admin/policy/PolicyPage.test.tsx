import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { SLOW, USERS, button, dialog, fill, heading, pickDate, queryButtons, travelPolicy, typist } from '../shared/testing';
import { PolicyPage } from './PolicyPage';

const route = '/admin/policy';

async function openSchedule(key: string) {
  await typist().click(await button(`Schedule new value: ${key}`));
  return dialog(`Schedule a new value: ${key}`);
}

describe('policy parameters', SLOW, () => {
  it('show each value today with unit and source, its history and the next value scheduled', async () => {
    fakeServer({ 'GET /api/travel/policy': travelPolicy('2099-01-01') });
    renderPage(<PolicyPage />, { me: USERS.officer, path: route, route });

    const row = (await screen.findByText('MAX_COUNTRIES_PER_TRIP')).closest('tr')!;
    expect(within(row).getByText('3 countries')).toBeInTheDocument();
    expect(within(row).getByText('S1')).toBeInTheDocument();
    expect(within(row).getByText(/4 countries from 2099-01-01/)).toBeInTheDocument();
    // The row with a change coming is open: every value over time, the scheduled one with its source.
    const history = screen.getByLabelText('Values of MAX_COUNTRIES_PER_TRIP over time');
    expect(within(within(history).getByTestId('policy-value-MAX_COUNTRIES_PER_TRIP-2000-01-01')).getByText('In force')).toBeInTheDocument();
    const next = within(history).getByTestId('policy-value-MAX_COUNTRIES_PER_TRIP-2099-01-01');
    expect(within(next).getByText('Scheduled')).toBeInTheDocument();
    expect(within(next).getByText('Source: Provincial notice 2026/12')).toBeInTheDocument();
    const quiet = screen.getByText('MAX_DELEGATION_SIZE').closest('tr')!;
    expect(within(quiet).getByText('No change scheduled')).toBeInTheDocument();
  });

  it('let the administrator schedule a new value from a date with its source', async () => {
    const server = fakeServer({
      'GET /api/travel/policy': travelPolicy('2099-01-01'),
      'POST /api/travel/policy/*/values': () => ({ status: 200, body: travelPolicy('2099-01-01')[1] }),
    });
    renderPage(<PolicyPage />, { me: USERS.admin, path: route, route });

    const form = await openSchedule('MAX_DELEGATION_SIZE');
    fill(within(form).getByLabelText('New value (persons)'), '8');
    pickDate(within(form).getByLabelText('Effective from'), '2099-07-01');
    fill(within(form).getByLabelText('Source'), 'City decision 2099/3');
    await typist().click(await button('Schedule', form));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    const sent = server.calls.find((call) => call.method === 'POST')!;
    expect(sent.url.pathname).toBe('/api/travel/policy/MAX_DELEGATION_SIZE/values');
    expect(sent.body).toEqual({ value: 8, effectiveFrom: '2099-07-01', source: 'City decision 2099/3' });
    expect(await screen.findByText('MAX_DELEGATION_SIZE: 8 persons scheduled from 2099-07-01')).toBeInTheDocument();
  });

  it('show what the API refuses next to the field it names, with the rule and parameter', async () => {
    fakeServer({
      'GET /api/travel/policy': travelPolicy('2099-01-01'),
      'POST /api/travel/policy/*/values': () => ({
        status: 422,
        body: {
          type: 'urn:waishi:problem:rule-violation',
          title: 'Rules broken',
          status: 422,
          violations: [
            {
              code: 'POLICY_VALUE_OUT_OF_RANGE',
              field: 'value',
              parameters: { parameter: 'MAX_DELEGATION_SIZE', limit: 20 },
              message: { zh: '人数上限不得超过 20', en: 'A delegation size above 20 is not allowed' },
            },
          ],
        },
      }),
    });
    renderPage(<PolicyPage />, { me: USERS.admin, path: route, route });

    const form = await openSchedule('MAX_DELEGATION_SIZE');
    pickDate(within(form).getByLabelText('Effective from'), '2099-07-01');
    fill(within(form).getByLabelText('Source'), 'City decision 2099/3');
    await typist().click(await button('Schedule', form));

    const help = await within(form).findByText('POLICY_VALUE_OUT_OF_RANGE · MAX_DELEGATION_SIZE: A delegation size above 20 is not allowed');
    expect(help.closest('.ant-form-item')).toHaveTextContent('New value (persons)');
    expect(within(form).getByTestId('violations')).toHaveTextContent('POLICY_VALUE_OUT_OF_RANGE');
  });

  it('ask for the date and the source before calling the API', async () => {
    const server = fakeServer({ 'GET /api/travel/policy': travelPolicy('2099-01-01') });
    renderPage(<PolicyPage />, { me: USERS.admin, path: route, route });

    const form = await openSchedule('MAX_DELEGATION_SIZE');
    await typist().click(await button('Schedule', form));

    expect(await within(form).findByText('Choose the date it takes effect')).toBeInTheDocument();
    expect(within(form).getByText('Enter the source')).toBeInTheDocument();
    expect(server.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('offer no change to the auditor, who reads like everybody else', async () => {
    fakeServer({ 'GET /api/travel/policy': travelPolicy('2099-01-01') });
    renderPage(<PolicyPage />, { me: USERS.auditor, path: route, route });

    await screen.findByText('MAX_COUNTRIES_PER_TRIP');
    expect(queryButtons(/Schedule new value/)).toHaveLength(0);
    expect(screen.getByText(/Only administrators set new values/)).toBeInTheDocument();
  });

  it('speak Chinese', async () => {
    fakeServer({ 'GET /api/travel/policy': travelPolicy('2099-01-01') });
    renderPage(<PolicyPage />, { me: USERS.admin, path: route, route, language: 'zh' });

    const row = (await screen.findByText('MAX_COUNTRIES_PER_TRIP')).closest('tr')!;
    expect(await heading('政策参数', 2)).toBeInTheDocument();
    expect(within(row).getByText('3 个国家（地区）')).toBeInTheDocument();
    expect(within(row).getByText('最多出访国家（地区）数，过境出境计入')).toBeInTheDocument();
    expect(queryButtons('设定新值: MAX_COUNTRIES_PER_TRIP', row)).toHaveLength(1);
    expect(within(row).getByText(/4 个国家（地区），自 2099-01-01 起/)).toBeInTheDocument();
  });
});
