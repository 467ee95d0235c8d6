import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, get, put, query } from '../../../api/http';

export type DayOfWeek = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

export const DAYS_OF_WEEK: DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** The day of a date as the API names it (dayjs counts from Sunday = 0). */
export function dayOfWeek(date: string | { day(): number }): DayOfWeek {
  const index = typeof date === 'string' ? new Date(`${date}T00:00:00Z`).getUTCDay() : date.day();
  return (['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as DayOfWeek[])[index];
}

/** A public holiday (法定节假日) on which the office does not work. */
export interface Holiday {
  date: string;
  name: string;
}

/** The office calendar (travel-service): deadlines in working days are counted on it. */
export interface OfficeCalendar {
  zone: string;
  weekend: DayOfWeek[];
  holidays: Holiday[];
  /** Weekend days worked instead (调休). */
  workingWeekendDays: string[];
  version: number;
}

export type CalendarRequest = Omit<OfficeCalendar, 'version'>;

export interface WorkingDayAnswer {
  from: string;
  workingDays: number;
  date: string;
}

const CALENDAR = '/api/travel/calendar';
const calendarKey = ['admin', 'calendar'];

/** The calendar with its ETag, which a replacement sends back so it never overwrites a change it did not see. */
export function useOfficeCalendar() {
  return useQuery({
    queryKey: calendarKey,
    queryFn: async ({ signal }) => {
      const answer = await call<OfficeCalendar>(CALENDAR, { signal });
      return { calendar: answer.body, etag: answer.etag };
    },
  });
}

/** ADMIN replaces the whole calendar; the console's office zone is read again, it may have changed. */
export function useReplaceCalendar() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ calendar, etag }: { calendar: CalendarRequest; etag?: string }) => put<OfficeCalendar>(CALENDAR, calendar, etag),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: calendarKey });
      await queries.invalidateQueries({ queryKey: ['office-zone'] });
    },
  });
}

export function workingDaysAfter(from: string, days: number): Promise<WorkingDayAnswer> {
  return get<WorkingDayAnswer>(`${CALENDAR}/working-days${query({ from, days })}`);
}
