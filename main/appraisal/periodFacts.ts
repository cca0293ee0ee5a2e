import type { Knex } from 'knex';
import type { IsoDate } from '../intake/civilDate';
import { isoDateSchema } from '../intake/fields';

// The period every indicator channel takes (local dates, inclusive) and the completed tickets
// they all read: the outcome rows (main/outcomes/, ticket_outcomes) of the tickets repaired and
// handed back in it, so a figure and the tickets listed behind it come from the same rows and
// cannot disagree. The rules those rows follow are written out in ticketFacts.ts.

export type Period = { from: IsoDate; to: IsoDate };

export const periodSchema = {
  from: isoDateSchema,
  to: isoDateSchema,
};
export const rangeOk = (v: { from: string; to: string }) => v.from <= v.to;
export const rangeIssue = { message: 'The range ends before it starts', path: ['to'] };

/** A drill-down lists at most this many rows; `total` always says how many there are. */
export const DRILL_DOWN_LIMIT = 2000;

/** One technician's, one station's or one product type's tickets; all of them when not given. */
export type Scope = { technicianId?: number; stationId?: number; productTypeId?: number };

/**
 * The outcome rows (alias `o`) of the tickets completed in the period: handed back on a local
 * date in it and not returned unrepaired; kept to the scope in SQL, so one technician's
 * drill-down reads their tickets only (index ticket_outcomes_technician).
 */
export function periodOutcomes(db: Knex, period: Period, scope: Scope = {}): Knex.QueryBuilder {
  // The local days handed back, as the day sums (outcomes/days.ts) count them.
  const q = db('ticket_outcomes as o')
    .where('o.completed_day', '>=', period.from)
    .where('o.completed_day', '<=', period.to)
    .where('o.repaired', true);
  if (scope.technicianId !== undefined) void q.where('o.technician_id', scope.technicianId);
  if (scope.stationId !== undefined) void q.where('o.station_id', scope.stationId);
  if (scope.productTypeId !== undefined) void q.where('o.type_id', scope.productTypeId);
  return q;
}

/**
 * A drill-down in two statements whatever the period holds: how many rows `q` keeps, and the
 * first DRILL_DOWN_LIMIT of them in order of completion (then ticket), as `select` reads them.
 */
export async function drillDown<Row>(
  q: Knex.QueryBuilder,
  select: (q: Knex.QueryBuilder) => Knex.QueryBuilder,
): Promise<{ total: number; rows: Row[] }> {
  const [{ n }] = await q.clone().count<{ n: number | string }[]>({ n: '*' });
  const rows: Row[] = await select(q.clone())
    .orderBy([
      { column: 'o.completed_at', order: 'asc' },
      { column: 'o.ticket_id', order: 'asc' },
    ])
    .limit(DRILL_DOWN_LIMIT);
  // PostgreSQL returns counts as text.
  return { total: Number(n), rows };
}
