import type { Knex } from 'knex';
import { bucketIndex, monthBuckets, num, type InsightRange } from './range';

// Emergency SLA (issue 10, item 4; policy 2: respond within X hours of the customer's call).
// Intake marks a ticket emergency (the model's default or the clerk's choice) and stamps its
// response_due_at = reported_at + X hours (Settings > policy, emergencyResponseHours, at the
// time of the call); the bench stamps responded_at at the first response. Per local month of
// the call, for the emergency tickets reported in the range and not cancelled:
// - met: responded by the due time;
// - missed: responded after it, or not responded and the due time has passed;
// - pending: not responded yet and still within the due time.
// Reads the emergency tickets by the (emergency, reported_at) index.

export type EmergencyPanel = {
  months: { period: string; tickets: number; met: number; missed: number; pending: number }[];
  /** The response time promised now (hours); older tickets keep the due time they were given. */
  responseHours: number;
};

export async function emergencyPanel(
  db: Knex,
  range: InsightRange,
  rules: { timeZone: string; now: string; responseHours: number },
): Promise<EmergencyPanel> {
  const buckets = monthBuckets(range, rules.timeZone);
  const q = db('tickets as t')
    .where('t.emergency', true)
    .where('t.reported_at', '>=', buckets[0].start)
    .where('t.reported_at', '<', buckets[buckets.length - 1].end)
    .whereNot('t.status', 'cancelled')
    .whereNotNull('t.response_due_at')
    .select({ b: bucketIndex(db, 't.reported_at', buckets) })
    .count({ n: '*' })
    .select({
      met: db.raw('sum(CASE WHEN ?? IS NOT NULL AND ?? <= ?? THEN 1 ELSE 0 END)', [
        't.responded_at',
        't.responded_at',
        't.response_due_at',
      ]),
      pending: db.raw('sum(CASE WHEN ?? IS NULL AND ?? >= ? THEN 1 ELSE 0 END)', [
        't.responded_at',
        't.response_due_at',
        rules.now,
      ]),
    })
    .groupBy('b');
  if (range.stationId !== undefined) void q.where('t.station_id', range.stationId);
  const rows = (await q) as Record<'b' | 'n' | 'met' | 'pending', number | string | null>[];
  const byBucket = new Map(rows.map((r) => [num(r.b), r]));
  return {
    responseHours: rules.responseHours,
    months: buckets.map((b, i) => {
      const r = byBucket.get(i);
      const tickets = num(r?.n);
      const met = num(r?.met);
      const pending = num(r?.pending);
      return { period: b.period, tickets, met, pending, missed: tickets - met - pending };
    }),
  };
}
