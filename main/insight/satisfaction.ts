import type { Knex } from 'knex';
import { monthBuckets, num, type InsightRange } from './range';

// Satisfaction trend (issue 10, item 4; policy 3.6 and 6). The follow-up calls that reached the
// customer and closed with a score 1-5 (main/aftercare/), by the local month the answer was
// recorded (done_at), in the range: how many answered and their mean score. The mean is given
// with its exact sum, so a figure can be checked: mean = scoreSum / answers, to two decimals.
// Reads the follow_ups_done_at index (migration 0031) and, for one station, each call's ticket
// by primary key.

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
  // One count and sum per month, each a range of the covering index follow_ups_done_at
  // (done_at, ticket_id, satisfaction; migration 0031): cheaper than grouping the whole range
  // by a CASE over every row. done_at is set exactly when a call is done with its score
  // (follow_ups_done check), so the range alone selects the answers.
  const byBucket = new Map<number, { n: number; total: number }>();
  for (const [i, b] of buckets.entries()) {
    const q = db('follow_ups as f')
      .where('f.done_at', '>=', b.start)
      .where('f.done_at', '<', b.end)
      .count({ n: '*' })
      .sum({ total: 'f.satisfaction' });
    if (range.stationId !== undefined) {
      void q.join('tickets as t', 't.id', 'f.ticket_id').where('t.station_id', range.stationId);
    }
    const [row] = (await q) as { n: number | string; total: number | string | null }[];
    byBucket.set(i, { n: num(row?.n), total: num(row?.total) });
  }
  const months = buckets.map((b, i) => {
    const { n, total } = byBucket.get(i) ?? { n: 0, total: 0 };
    return { period: b.period, answers: n, scoreSum: total, meanScore: mean(total, n) };
  });
  const answers = months.reduce((s, m) => s + m.answers, 0);
  const sum = months.reduce((s, m) => s + m.scoreSum, 0);
  return { months, answers, meanScore: mean(sum, answers) };
}
