import type { Knex } from 'knex';
import type { IsoDate } from '../intake/civilDate';
import type { WorkingCalendar } from '../intake/workingDays';
import { num, type InsightRange } from './range';
import { youngestSince } from './workingAge';

// Turnaround distribution (issue 10, item 4; policy 6: repair times). The tickets handed back
// (completed_at, stamped at delivery or at a rejected acceptance) on the range's local days, not
// cancelled, by working days from the local day reported to the local day handed back (the day
// reported does not count: reported and handed back on the same day is 0). Working days as in
// Settings > Calendar, like the turnaround target of the appraisal (policy 4).
//
// Counted from the outcome rows (main/outcomes/: one per ticket handed back, with its local
// days reported and handed back), grouped by that pair of days: a year of a million tickets is a
// few thousand pairs, read in order from the index ticket_outcomes_turnaround alone. Each pair's
// working days are counted here, by today's calendar: for a day D handed back, "at most k
// working days" means "reported on or after the earliest day that is at most k working days
// before D" (youngestSince), so each D needs its five thresholds once.

export const TURNAROUND_BUCKETS = ['0-1', '2-3', '4-5', '6-10', '11-20', '21+'] as const;
export type TurnaroundBucket = (typeof TURNAROUND_BUCKETS)[number];
/** The upper bound of each bucket but the last. */
const UPPER = [1, 3, 5, 10, 20];

export type TurnaroundPanel = {
  completed: number;
  buckets: { bucket: TurnaroundBucket; tickets: number }[];
};

type PairRow = { c: string; r: string; n: number | string };

export async function turnaroundPanel(
  db: Knex,
  range: InsightRange,
  rules: { calendar: WorkingCalendar },
): Promise<TurnaroundPanel> {
  const q = db('ticket_outcomes as o')
    .where('o.completed_day', '>=', range.from)
    .where('o.completed_day', '<=', range.to)
    .groupBy('o.completed_day', 'o.reported_day')
    .select('o.completed_day as c', 'o.reported_day as r')
    .count({ n: '*' });
  if (range.stationId !== undefined) void q.where('o.station_id', range.stationId);
  const counts = TURNAROUND_BUCKETS.map(() => 0);
  let thresholdsOf: { day: string; at: IsoDate[] } = { day: '', at: [] };
  for (const row of (await q) as PairRow[]) {
    if (thresholdsOf.day !== row.c) {
      thresholdsOf = {
        day: row.c,
        at: UPPER.map((k) => youngestSince(row.c, k, rules.calendar)),
      };
    }
    const i = thresholdsOf.at.findIndex((threshold) => row.r >= threshold);
    counts[i === -1 ? UPPER.length : i] += num(row.n);
  }
  return {
    completed: counts.reduce((s, n) => s + n, 0),
    buckets: TURNAROUND_BUCKETS.map((bucket, i) => ({ bucket, tickets: counts[i] })),
  };
}
