import dayjs, { type Dayjs } from 'dayjs';

/** A date picker's day as the API's local date (`2027-03-10`); dates are the office's days, no zone. */
export function toLocalDate(day: Dayjs | null | undefined): string | undefined {
  return day ? day.format('YYYY-MM-DD') : undefined;
}

export function fromLocalDate(date: string | undefined): Dayjs | undefined {
  return date ? dayjs(date) : undefined;
}
