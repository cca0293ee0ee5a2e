import type { Knex } from 'knex';
import type { Period } from './periodFacts';
import { productTypeOf, type TicketFact } from './ticketFacts';

// The period's completed tickets summed in ONE grouped statement over their outcome rows, per
// technician, station and product type: every figure of appraisal/indicators is a sum of these
// groups (issue 10, performance: a year of a third of a million tickets comes back as a few
// hundred rows, not one row per ticket).

export type PeriodSum = {
  technicianId: number | null;
  stationId: number;
  productType: TicketFact['productType'];
  completed: number;
  /** Completed tickets in each rate's numerator (indicators.ts). */
  onTime: number;
  success: number;
  /** What the repairs cost (costControl.ts): labour + parts at cost, minor units. */
  cost: number;
  /** Answered follow-ups about these tickets and the sum of their scores (satisfaction.ts). */
  answers: number;
  scoreSum: number;
};

type Num = number | string | null;
type Row = {
  technician_key: Num;
  station_id: number;
  type_id: number;
  type_code: string;
  type_name_en: string;
  type_name_zh: string;
  completed: Num;
  on_time: Num;
  success: Num;
  cost: Num;
  answers: Num;
  score_sum: Num;
};

/**
 * The groups in the order of their first day handed back (then station, product type and
 * technician), so a technician's cost lines come in the order they first repaired each kind of
 * product at each station. Read from the day sums (main/outcomes/days.ts), which count on time
 * and success by the same rules as IN_NUMERATOR (indicators.ts) over the same outcome rows.
 */
export async function periodSums(db: Knex, period: Period): Promise<PeriodSum[]> {
  // PostgreSQL sums bigints to numeric, returned as text: every figure is read with Number().
  const grouped = db('outcome_days as d')
    .where('d.completed_day', '>=', period.from)
    .where('d.completed_day', '<=', period.to)
    .where('d.repaired', true)
    .groupBy('d.station_id', 'd.type_id', 'd.technician_key')
    .select('d.station_id', 'd.type_id', 'd.technician_key')
    .select(
      db.raw('sum(d.tickets) as completed'),
      db.raw('sum(d.on_time) as on_time'),
      db.raw('sum(d.success) as success'),
      db.raw('sum(d.labour + d.parts) as cost'),
      db.raw('sum(d.answers) as answers'),
      db.raw('sum(d.score_sum) as score_sum'),
      db.raw('min(d.completed_day) as first_day'),
    );
  const rows = await db
    .from(grouped.as('g'))
    .join('product_types as pt', 'pt.id', 'g.type_id')
    .orderBy([
      { column: 'g.first_day' },
      { column: 'g.station_id' },
      { column: 'g.type_id' },
      { column: 'g.technician_key' },
    ])
    .select<Row[]>(
      'g.*',
      'pt.code as type_code',
      'pt.name_en as type_name_en',
      'pt.name_zh as type_name_zh',
    );
  const n = (v: Num) => Number(v ?? 0);
  return rows.map((r) => ({
    technicianId: n(r.technician_key) === 0 ? null : n(r.technician_key),
    stationId: r.station_id,
    productType: productTypeOf(r),
    completed: n(r.completed),
    onTime: n(r.on_time),
    success: n(r.success),
    cost: n(r.cost),
    answers: n(r.answers),
    scoreSum: n(r.score_sum),
  }));
}

/** The groups' counts and sums added up: one technician's, one station's, ... */
export function total(sums: readonly PeriodSum[]) {
  return sums.reduce(
    (t, s) => ({
      completed: t.completed + s.completed,
      onTime: t.onTime + s.onTime,
      success: t.success + s.success,
      cost: t.cost + s.cost,
      answers: t.answers + s.answers,
      scoreSum: t.scoreSum + s.scoreSum,
    }),
    { completed: 0, onTime: 0, success: 0, cost: 0, answers: 0, scoreSum: 0 },
  );
}
