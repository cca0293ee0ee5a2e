import dayjs from 'dayjs';

// Time is UTC ISO-8601 in the core and local on screen (STYLE.md habit 12): this is the one
// place that turns the core's instants into the workstation's local time. Calendar dates
// (an invoice date, YYYY-MM-DD) have no time of day and are shown as they are.

/** A moment from the core (UTC ISO) as local date and time, e.g. 2026-03-14 09:05. */
export function localDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '';
}

/** A moment from the core as the local calendar day. */
export function localDay(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : '';
}

/** Today as a calendar date in the workstation's time zone (the maximum invoice date). */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
