import type { Knex } from 'knex';
import { bucketIndex, monthBuckets, num, type InsightRange } from './range';

// Satisfaction trend (issue 10, item 4; policy 3.6 and 6). The follow-up calls that reached the
// customer and closed with a score 1-5 (main/aftercare/), by the local month the answer was
// recorded (done_at), in the range: how many answered and their mean score. The mean is given
// with its exact sum, so a figure can be checked: mean = scoreSum / answers, to two decimals.
// Reads the follow_ups done_at index (migration 0031) and each call's ticket by primary key for
// the station.

export type SatisfactionPanel = {
  months: {
    period: string;
    answers: number;
    scoreSum: number;
    /** null in a month with no answers. */
    meanScore: number | null;
  }[];
  answers: number;
  meanScore: number | null;
};

const mean = (sum: number, n: number) => (n === 0 ? null : Math.round((sum * 100) / n) / 100);

export async function satisfactionPanel(
  db: Knex,
  range: InsightRange,
  timeZone: string,
): Promise<SatisfactionPanel> {
  const buckets = monthBuckets(range, timeZone);
  const q = db('follow_ups as f')
    // done_at is set exactly when a call is done with its score (follow_ups_done check), so
    // the range alone selects the answers, read from the covering done_at index.
    .where('f.done_at', '>=', buckets[0].start)
    .where('f.done_at', '<', buckets[buckets.length - 1].end)
    .select({ b: bucketIndex(db, 'f.done_at', buckets) })
    .count({ n: '*' })
    .sum({ total: 'f.satisfaction' })
    .groupBy('b');
  if (range.stationId !== undefined) {
    void q.join('tickets as t', 't.id', 'f.ticket_id').where('t.station_id', range.stationId);
  }
  const byBucket = new Map(
    ((await q) as { b: number | string; n: number | string; total: number | string | null }[]).map(
      (r) => [num(r.b), { n: num(r.n), total: num(r.total) }],
    ),
  );
  const months = buckets.map((b, i) => {
    const { n, total } = byBucket.get(i) ?? { n: 0, total: 0 };
    return { period: b.period, answers: n, scoreSum: total, meanScore: mean(total, n) };
  });
  const answers = months.reduce((s, m) => s + m.answers, 0);
  const sum = months.reduce((s, m) => s + m.scoreSum, 0);
  return { months, answers, meanScore: mean(sum, answers) };
}
