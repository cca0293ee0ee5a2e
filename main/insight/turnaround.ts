import type { Knex } from 'knex';
import { addDays, type IsoDate } from '../intake/civilDate';
import type { WorkingCalendar } from '../intake/workingDays';
import { startOfLocalDay } from '../intake/zonedTime';
import { monthBuckets, num, type InsightRange } from './range';
import { youngestSince } from './workingAge';

// Turnaround distribution (issue 10, item 4; policy 6: repair times). The tickets handed back
// (completed_at, stamped at delivery or at a rejected acceptance) on the range's local days, not
// cancelled, by working days from the local day reported to the local day handed back (the day
// reported does not count: reported and handed back on the same day is 0). Working days as in
// Settings > Calendar, like the turnaround target of the appraisal (policy 4).
//
// Counted in the database, exactly, without reading a row per ticket: for a ticket handed back
// on day D, "at most k working days" means "reported on or after the earliest day that is at
// most k working days before D" (youngestSince). So each day D of the range gives one
// aggregate row: the tickets handed back that day, and how many of them were reported on or
// after each bucket's threshold day; the buckets are the differences. One statement per month
// (a UNION ALL of its days), each day a range of the covering index tickets_turnaround or
// tickets_turnaround_station (migration 0031).

export const TURNAROUND_BUCKETS = ['0-1', '2-3', '4-5', '6-10', '11-20', '21+'] as const;
export type TurnaroundBucket = (typeof TURNAROUND_BUCKETS)[number];
/** The upper bound of each bucket but the last. */
const UPPER = [1, 3, 5, 10, 20];

export type TurnaroundPanel = {
  completed: number;
  buckets: { bucket: TurnaroundBucket; tickets: number }[];
};

type DayRow = { n: number | string } & Record<string, number | string | null>;

export async function turnaroundPanel(
  db: Knex,
  range: InsightRange,
  rules: { timeZone: string; calendar: WorkingCalendar },
): Promise<TurnaroundPanel> {
  const at = (day: IsoDate) => startOfLocalDay(day, rules.timeZone).toISOString();
  const day = (d: IsoDate) => {
    const q = db('tickets as t')
      .where('t.completed_at', '>=', at(d))
      .where('t.completed_at', '<', at(addDays(d, 1)))
      .whereNot('t.status', 'cancelled')
      .select(
        db.raw('count(*) as n'),
        ...UPPER.map((k, i) =>
          db.raw(`sum(CASE WHEN ?? >= ? THEN 1 ELSE 0 END) as ??`, [
            't.reported_at',
            at(youngestSince(d, k, rules.calendar)),
            `c${i}`,
          ]),
        ),
      );
    if (range.stationId !== undefined) void q.where('t.station_id', range.stationId);
    return q;
  };
  // within[i]: handed back within UPPER[i] working days; the last bucket is the rest.
  const within = UPPER.map(() => 0);
  let completed = 0;
  for (const month of monthBuckets(range, rules.timeZone)) {
    const days: IsoDate[] = [];
    for (let d = month.from; d <= month.to; d = addDays(d, 1)) days.push(d);
    const [first, ...rest] = days.map(day);
    const rows = (await (rest.length > 0 ? first.unionAll(rest) : first)) as DayRow[];
    for (const r of rows) {
      completed += num(r.n);
      UPPER.forEach((_, i) => (within[i] += num(r[`c${i}`])));
    }
  }
  const counts = [...within, completed].map((c, i) => (i === 0 ? c : c - [0, ...within][i]));
  return {
    completed,
    buckets: TURNAROUND_BUCKETS.map((bucket, i) => ({ bucket, tickets: counts[i] })),
  };
}
