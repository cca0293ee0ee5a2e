import type { Knex } from 'knex';
import { z } from 'zod';
import { addDays, addMonths, isoWeekday, type IsoDate } from '../intake/civilDate';
import { idSchema, isoDateSchema } from '../intake/fields';
import { startOfLocalDay } from '../intake/zonedTime';

// The page filter every dashboard panel obeys (issue 10, item 4): local calendar days from..to,
// inclusive, and optionally one repair station. Instants are stored in UTC, so a local day is
// turned into the instants [start, end) that hold it, once, here.

/** Five years of months at most: enough for any review, and the cost trend's own limit. */
export const MAX_RANGE_MONTHS = 60;

const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));

export const rangeShape = {
  from: isoDateSchema,
  to: isoDateSchema,
  stationId: idSchema.optional(),
};

/** The range's rules on any object holding `rangeShape`. */
export function withRangeRules<T extends z.ZodType<{ from: string; to: string }>>(schema: T) {
  return schema
    .refine((r) => r.from <= r.to, { message: 'The range ends before it starts', path: ['to'] })
    .refine((r) => r.from > r.to || monthIndex(r.to) - monthIndex(r.from) < MAX_RANGE_MONTHS, {
      message: `The range spans more than ${MAX_RANGE_MONTHS} months`,
      path: ['to'],
    });
}

export const rangeInput = withRangeRules(z.object(rangeShape).strict());

export type InsightRange = { from: IsoDate; to: IsoDate; stationId?: number };

/** One slice of the range: a local month or ISO week (Monday first), clipped to the range. */
export type Bucket = {
  /** `YYYY-MM` for a month, the Monday `YYYY-MM-DD` for a week. */
  period: string;
  from: IsoDate;
  to: IsoDate;
  /** UTC instants [start, end) holding the local days from..to. */
  start: string;
  end: string;
};

function bucket(period: string, from: IsoDate, to: IsoDate, timeZone: string): Bucket {
  return {
    period,
    from,
    to,
    start: startOfLocalDay(from, timeZone).toISOString(),
    end: startOfLocalDay(addDays(to, 1), timeZone).toISOString(),
  };
}

/** The local months that meet the range, each clipped to it. */
export function monthBuckets(range: InsightRange, timeZone: string): Bucket[] {
  const out: Bucket[] = [];
  let first = `${range.from.slice(0, 7)}-01`;
  while (first <= range.to) {
    const next = addMonths(first, 1);
    const from = first < range.from ? range.from : first;
    const last = addDays(next, -1);
    out.push(bucket(first.slice(0, 7), from, last > range.to ? range.to : last, timeZone));
    first = next;
  }
  return out;
}

/** The ISO weeks (Monday to Sunday) that meet the range, each clipped to it. */
export function weekBuckets(range: InsightRange, timeZone: string): Bucket[] {
  const out: Bucket[] = [];
  let monday = addDays(range.from, 1 - isoWeekday(range.from));
  while (monday <= range.to) {
    const sunday = addDays(monday, 6);
    const from = monday < range.from ? range.from : monday;
    out.push(bucket(monday, from, sunday > range.to ? range.to : sunday, timeZone));
    monday = addDays(monday, 7);
  }
  return out;
}

/**
 * `CASE WHEN column < end0 THEN 0 WHEN column < end1 THEN 1 ... END`: the index of the bucket an
 * instant falls in, for a column already limited to [first start, last end). Portable SQL.
 */
export function bucketIndex(db: Knex, column: string, buckets: readonly Bucket[]): Knex.Raw {
  const whens = buckets.map(() => 'WHEN ?? < ? THEN ?').join(' ');
  const bindings = buckets.flatMap((b, i) => [column, b.end, i]);
  return db.raw(`CASE ${whens} END`, bindings);
}

/** PostgreSQL returns counts and sums as text. */
export const num = (v: number | string | null | undefined): number => Number(v ?? 0);

/** The instants [start, end) holding the range's local days. */
export function periodBoundsOf(range: InsightRange, timeZone: string) {
  return {
    start: startOfLocalDay(range.from, timeZone).toISOString(),
    end: startOfLocalDay(addDays(range.to, 1), timeZone).toISOString(),
  };
}
