import type { IsoDate } from './civilDate';

// Instants are stored in UTC (STYLE.md 12), but "which day" and "which year" are the depot's
// local questions: a call at 07:30 in Taipei on 1 January is in the new year there while UTC
// still says 31 December. These helpers answer them for an IANA time zone.

/** The depot's time zone: the workstation's own (proposed: a locale.timeZone setting). */
export function depotTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(instant: Date, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out;
}

/** The local calendar date of an instant. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  const w = wallClock(instant, timeZone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Minutes the zone is ahead of UTC at this instant. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant when the local wall clock shows `date` at `ms` milliseconds after midnight. */
export function zonedInstant(date: IsoDate, ms: number, timeZone: string): Date {
  const wall =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) +
    ms;
  // Two passes settle the offset even next to a DST change.
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

export const startOfLocalDay = (date: IsoDate, timeZone: string): Date =>
  zonedInstant(date, 0, timeZone);
export const endOfLocalDay = (date: IsoDate, timeZone: string): Date =>
  zonedInstant(date, 86_400_000 - 1, timeZone);
