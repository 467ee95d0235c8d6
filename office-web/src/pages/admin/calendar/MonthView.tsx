import { Badge, Calendar, DatePicker, Grid, Radio, Space } from 'antd';
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
      // antd's own header has a year and a month select without labels: the same choices, labelled.
      headerRender={({ value: shown, type, onChange: show, onTypeChange }) => (
        <Space style={{ display: 'flex', justifyContent: 'flex-end', padding: '8px 0' }}>
          <DatePicker
            picker={type === 'year' ? 'year' : 'month'}
            value={shown}
            allowClear={false}
            aria-label={t(type === 'year' ? 'calendar.shownYear' : 'calendar.shownMonth')}
            onChange={(date) => date && show(date)}
          />
          <Radio.Group
            optionType="button"
            value={type}
            onChange={(event) => onTypeChange(event.target.value)}
            options={[
              { value: 'month', label: t('calendar.view.month') },
              { value: 'year', label: t('calendar.view.year') },
            ]}
          />
        </Space>
      )}
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
