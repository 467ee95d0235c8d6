import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { getOfficeZone } from '../../../time';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Times the user picks are on the office clock, whatever zone the browser is in: a picker's value is read
 * as the date and time it shows (its wall clock), then placed in the office zone.
 */
export function wallClock(value: Dayjs): string {
  return value.format('YYYY-MM-DDTHH:mm:ss');
}

/** A wall-clock time on the office clock (`2026-11-20T10:00:00`) as the UTC instant it is. */
export function officeToUtc(wall: string, zone: string = getOfficeZone()): string {
  return dayjs.tz(wall, zone).utc().format('YYYY-MM-DDTHH:mm:ss[Z]');
}

/** An instant shown in UTC, to confirm what the office time amounts to: `2026-11-20 02:00 UTC`. */
export function formatUtc(instant: string): string {
  return `${dayjs.utc(instant).format('YYYY-MM-DD HH:mm')} UTC`;
}

/** Whether a wall-clock office time lies ahead of now. */
export function isFutureOfficeTime(wall: string, zone: string = getOfficeZone()): boolean {
  return dayjs.tz(wall, zone).isAfter(dayjs());
}
