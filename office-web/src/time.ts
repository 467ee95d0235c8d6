import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Instants come from the services in UTC; the office reads them on its own clock. The zone is the office
 * calendar's (travel-service, `GET /api/travel/calendar`), set once it is known.
 */
let officeZone = 'Asia/Shanghai';

export function setOfficeZone(zone: string): void {
  officeZone = zone;
}

export function getOfficeZone(): string {
  return officeZone;
}

/** An instant (`2026-11-20T02:00:00Z`) as the office's date and time: `2026-11-20 10:00`. */
export function formatInstant(instant: string | undefined | null): string {
  if (!instant) return '';
  return dayjs.utc(instant).tz(officeZone).format('YYYY-MM-DD HH:mm');
}

/** A local date (`2027-03-10`) is shown as it is: trip and visit days are the office's already. */
export function formatDate(date: string | undefined | null): string {
  return date ?? '';
}

/** Today on the office's clock, as a local date. */
export function officeToday(): string {
  return dayjs().tz(officeZone).format('YYYY-MM-DD');
}

/** Whole days from today (office clock) to a local date: negative when it has passed. */
export function daysUntil(date: string): number {
  return dayjs(date).diff(dayjs(officeToday()), 'day');
}
