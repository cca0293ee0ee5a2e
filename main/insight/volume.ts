import type { Knex } from 'knex';
import { addDays, type IsoDate } from '../intake/civilDate';
import type { WorkingCalendar } from '../intake/workingDays';
import { startOfLocalDay } from '../intake/zonedTime';
import { monthBuckets, num, weekBuckets, type InsightRange } from './range';
import { youngestSince } from './workingAge';

// Volume and backlog (issue 10, item 4; policy 6: report counts).
// - Received: every ticket registered at intake (reported_at) on the range's local days, by
//   ISO week for a range of up to 13 weeks, else by month; a ticket later cancelled was still
//   received, so it counts. Reads the (station_id, reported_at) or (reported_at, id) index.
// - Backlog: the tickets open now (not handed back, not cancelled), whatever their report date,
//   by status and by age in working days since the local day reported (0-2, 3-5, 6-10, 11+).
//   Reads the partial index of open tickets tickets_backlog (migration 0031), a few thousand rows.

export const WEEKLY_UP_TO_DAYS = 13 * 7;
export const AGE_BUCKETS = ['0-2', '3-5', '6-10', '11+'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export type VolumePanel = {
  interval: 'week' | 'month';
  received: { period: string; from: IsoDate; to: IsoDate; tickets: number }[];
  backlog: {
    /** The local day the ages are counted to. */
    asOf: IsoDate;
    total: number;
    /** Statuses with open tickets, most first. */
    byStatus: { status: string; tickets: number }[];
    byAge: { bucket: AgeBucket; tickets: number }[];
  };
};

export async function volumePanel(
  db: Knex,
  range: InsightRange,
  rules: { timeZone: string; calendar: WorkingCalendar; today: IsoDate },
): Promise<VolumePanel> {
  const weekly = addDays(range.from, WEEKLY_UP_TO_DAYS) > range.to;
  const buckets = weekly ? weekBuckets(range, rules.timeZone) : monthBuckets(range, rules.timeZone);
  // One count per bucket, each a range of the covering index: cheaper than grouping the
  // whole range by a CASE over every row.
  const counts: number[] = [];
  for (const b of buckets) {
    const q = db('tickets as t')
      .where('t.reported_at', '>=', b.start)
      .where('t.reported_at', '<', b.end)
      .count({ n: '*' });
    if (range.stationId !== undefined) void q.where('t.station_id', range.stationId);
    const [row] = (await q) as { n: number | string }[];
    counts.push(num(row?.n));
  }

  // Age <= k working days <=> reported on or after the k-th threshold day (local).
  const since = (k: number) =>
    startOfLocalDay(youngestSince(rules.today, k, rules.calendar), rules.timeZone).toISOString();
  const open = db('tickets as t')
    // Literal, to match the partial index tickets_open_by_reported (migration 0012).
    .whereRaw("t.completed_at IS NULL AND t.status <> 'cancelled'")
    .select('t.status', {
      age: db.raw(
        "CASE WHEN ?? >= ? THEN '0-2' WHEN ?? >= ? THEN '3-5' WHEN ?? >= ? THEN '6-10' ELSE '11+' END",
        ['t.reported_at', since(2), 't.reported_at', since(5), 't.reported_at', since(10)],
      ),
    })
    .count({ n: '*' })
    .groupBy('t.status', 'age');
  if (range.stationId !== undefined) void open.where('t.station_id', range.stationId);
  const rows = (await open) as { status: string; age: AgeBucket; n: number | string }[];
  const byStatus = new Map<string, number>();
  const byAge = new Map<AgeBucket, number>();
  for (const r of rows) {
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + num(r.n));
    byAge.set(r.age, (byAge.get(r.age) ?? 0) + num(r.n));
  }
  return {
    interval: weekly ? 'week' : 'month',
    received: buckets.map((b, i) => ({
      period: b.period,
      from: b.from,
      to: b.to,
      tickets: counts[i],
    })),
    backlog: {
      asOf: rules.today,
      total: rows.reduce((s, r) => s + num(r.n), 0),
      byStatus: [...byStatus]
        .map(([status, tickets]) => ({ status, tickets }))
        .sort((a, b) => b.tickets - a.tickets || a.status.localeCompare(b.status)),
      byAge: AGE_BUCKETS.map((bucket) => ({ bucket, tickets: byAge.get(bucket) ?? 0 })),
    },
  };
}
