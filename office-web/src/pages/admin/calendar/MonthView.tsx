import { Badge, Calendar, Grid } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OfficeCalendar } from './api';

/**
 * The office calendar month by month: public holidays marked with their names, swapped working days (调休) as
 * working days, so a deadline counted in working days can be checked by eye; the year view counts the holidays.
 */
export function MonthView({ calendar, value, onChange }: { calendar: OfficeCalendar; value: Dayjs; onChange: (date: Dayjs) => void }) {
  const { t } = useTranslation('admin');
  const screens = Grid.useBreakpoint();
  const holidays = new Map(calendar.holidays.map((holiday) => [holiday.date, holiday.name]));
  const swapped = new Set(calendar.workingWeekendDays);
  return (
    <Calendar
      fullscreen={Boolean(screens.md)}
      value={value}
      onChange={onChange}
      cellRender={(date, info) => {
        if (info.type === 'month') {
          // The year view: how many holidays each month holds.
          const month = date.format('YYYY-MM');
          const count = calendar.holidays.filter((holiday) => holiday.date.startsWith(month)).length;
          return count > 0 ? <Badge status="error" text={t('calendar.holidayCount', { count })} /> : null;
        }
        if (info.type !== 'date') return null;
        const day = date.format('YYYY-MM-DD');
        const holiday = holidays.get(day);
        if (holiday) {
          return (
            <span data-testid={`holiday-${day}`}>
              <Badge status="error" text={holiday} />
            </span>
          );
        }
        if (swapped.has(day)) {
          return (
            <span data-testid={`swapped-${day}`}>
              <Badge status="warning" text={t('calendar.swappedDay')} />
            </span>
          );
        }
        return null;
      }}
    />
  );
}
