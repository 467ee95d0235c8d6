import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { officeToday } from '../../../time';
import { SLOW, USERS, button, dialog, fill, heading, queryButtons, typist } from '../shared/testing';
import { CalendarPage } from './CalendarPage';

const route = '/admin/calendar';
const month = dayjs(officeToday()).startOf('month');
/** A holiday and a swapped working day (a Saturday) in the month the calendar opens on. */
const holiday = month.add(2, 'day').format('YYYY-MM-DD');
const secondHoliday = month.add(3, 'day').format('YYYY-MM-DD');
const saturday = month.add((6 - month.day() + 7) % 7, 'day').format('YYYY-MM-DD');

const calendar = {
  zone: 'Asia/Shanghai',
  weekend: ['SATURDAY', 'SUNDAY'],
  holidays: [
    { date: holiday, name: 'Founding Day' },
    { date: secondHoliday, name: 'Founding Day (2)' },
    { date: '1999-10-01', name: 'Long ago' },
  ],
  workingWeekendDays: [saturday === holiday || saturday === secondHoliday ? month.add(14, 'day').day(6).format('YYYY-MM-DD') : saturday],
  version: 4,
};
const swapped = calendar.workingWeekendDays[0];

describe('office calendar', SLOW, () => {
  it('mark holidays and swapped working days in the month and list those of the year', async () => {
    fakeServer({ 'GET /api/travel/calendar': calendar });
    renderPage(<CalendarPage />, { me: USERS.officer, path: route, route });

    const marked = await screen.findByTestId(`holiday-${holiday}`);
    expect(marked).toHaveTextContent('Founding Day');
    expect(marked.closest('td')).toHaveAttribute('title', holiday);
    expect(screen.getByTestId(`swapped-${swapped}`)).toHaveTextContent('Working day');
    const list = screen.getByText(`Public holidays in ${month.year()}`).closest('.ant-table-wrapper') as HTMLElement;
    expect(within(list).getByText('Founding Day (2)')).toBeInTheDocument();
    expect(within(list).queryByText('Long ago')).not.toBeInTheDocument();
    expect(screen.getByText('Saturday, Sunday')).toBeInTheDocument();
    expect(queryButtons('Edit calendar')).toHaveLength(0);
  });

  it('count working days after a date', async () => {
    const server = fakeServer({
      'GET /api/travel/calendar/working-days': (_: unknown, url: URL) => ({ status: 200, body: { from: url.searchParams.get('from'), workingDays: 5, date: '2099-01-08' } }),
      'GET /api/travel/calendar': calendar,
    });
    renderPage(<CalendarPage />, { me: USERS.auditor, path: route, route });

    await typist().click(await button('Calculate'));
    expect(await screen.findByText(`5 working days after ${officeToday()} is 2099-01-08`)).toBeInTheDocument();
    const asked = server.calls.find((call) => call.url.pathname.endsWith('/working-days'))!;
    expect(asked.url.search).toBe(`?from=${officeToday()}&days=5`);
    // The auditor reads, never edits.
    expect(queryButtons('Edit calendar')).toHaveLength(0);
  });

  it('let the administrator replace the calendar with the version read', async () => {
    const server = fakeServer({
      'GET /api/travel/calendar': calendar,
      'PUT /api/travel/calendar': (body: unknown) => ({ status: 200, body: { ...(body as object), version: 5 } }),
    });
    renderPage(<CalendarPage />, { me: USERS.admin, path: route, route });

    await typist().click(await button('Edit calendar'));
    const drawer = await dialog('Edit the office calendar');
    await typist().click(await button('Remove holiday 3', drawer));
    fill(within(drawer).getByLabelText('Holiday 2 name'), 'Founding Day, second day');
    await typist().click(await button('Save calendar', drawer));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'PUT')).toBe(true));
    const put = server.calls.find((call) => call.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"1"');
    expect(put.body).toEqual({
      zone: 'Asia/Shanghai',
      weekend: ['SATURDAY', 'SUNDAY'],
      holidays: [
        { date: holiday, name: 'Founding Day' },
        { date: secondHoliday, name: 'Founding Day, second day' },
      ],
      workingWeekendDays: [swapped],
    });
    expect(await screen.findByText('The office calendar was updated')).toBeInTheDocument();
  });

  it('show the refusal of a holiday next to it', async () => {
    fakeServer({
      'GET /api/travel/calendar': calendar,
      'PUT /api/travel/calendar': () => ({
        status: 400,
        body: { type: 'urn:waishi:problem:validation', title: 'Invalid request', status: 400, errors: [{ field: 'holidays[1].name', message: 'size must be between 0 and 100' }] },
      }),
    });
    renderPage(<CalendarPage />, { me: USERS.admin, path: route, route });

    await typist().click(await button('Edit calendar'));
    const drawer = await dialog('Edit the office calendar');
    await typist().click(await button('Save calendar', drawer));

    const help = await within(drawer).findAllByText('size must be between 0 and 100');
    expect(help.some((element) => element.closest('.ant-form-item')?.textContent?.includes('Holiday 2 name'))).toBe(true);
  });

  it('speak Chinese', async () => {
    fakeServer({ 'GET /api/travel/calendar': calendar });
    renderPage(<CalendarPage />, { me: USERS.admin, path: route, route, language: 'zh' });

    expect(await screen.findByText(`${month.year()} 年法定节假日`)).toBeInTheDocument();
    expect(await heading('办公日历', 2)).toBeInTheDocument();
    expect(queryButtons('修改日历')).toHaveLength(1);
    expect(screen.getByText('星期六、星期日')).toBeInTheDocument();
  });
});
