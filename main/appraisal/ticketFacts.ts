import type { Knex } from 'knex';
import type { IsoDate } from '../intake/civilDate';
import { drillDown } from './periodFacts';

// The facts behind the repair indicators (policy 4), one per ticket completed in a period: who
// repaired it, where, what kind of product, whether it was done within its product type's
// turnaround target and whether it came back. Each handed-back ticket's facts are kept in its
// outcome row (main/outcomes/outcomeRows.ts computes them by these rules); the indicators sum
// those rows and their drill-down lists them, so a number and the tickets behind it cannot
// disagree.
//
// - Completed: handed back (delivered, or closed at a rejected acceptance; completed_at set by
//   the bench) on a local date in the period. A unit returned unrepaired (a declined quote, or
//   not repairable) had no repair, so it is not counted (`repaired` false).
// - On time: completed by the end of the target-th working day after the local day the customer
//   reported the fault (Settings > Calendar); the target is the product type's, else the default.
// - Re-repaired: a later ticket, not cancelled, points to it with repeat_of_ticket_id. That link
//   is made at intake only for the same unit back within the re-repair window (ticketCreate.ts),
//   and for the re-repair opened when the customer rejects the repair at acceptance (rerepair.ts).

export type TicketFact = {
  id: number;
  reportNo: string;
  technicianId: number | null;
  stationId: number;
  productType: { id: number; code: string; name: string; nameZh: string };
  reportedAt: string;
  completedAt: string;
  targetWorkingDays: number;
  /** The last local day that is on time. */
  dueDate: IsoDate;
  onTime: boolean;
  rerepair: { id: number; reportNo: string } | null;
};

/** A product type as the appraisal reads it, from its joined columns. */
export function productTypeOf(r: {
  type_id: number;
  type_code: string;
  type_name_en: string;
  type_name_zh: string;
}): TicketFact['productType'] {
  return { id: r.type_id, code: r.type_code, name: r.type_name_en, nameZh: r.type_name_zh };
}

type Row = {
  ticket_id: number;
  report_no: string;
  technician_id: number | null;
  station_id: number;
  type_id: number;
  type_code: string;
  type_name_en: string;
  type_name_zh: string;
  reported_at: string;
  completed_at: string;
  target_days: number;
  due_day: string;
  /** SQLite answers 0/1. */
  on_time: boolean | number;
  rerepair_id: number | null;
  rerepair_no: string | null;
};

/** The facts of the outcome rows `q` keeps (periodFacts.ts), in order of completion. */
export async function ticketFacts(
  q: Knex.QueryBuilder,
): Promise<{ total: number; tickets: TicketFact[] }> {
  const { total, rows } = await drillDown<Row>(q, (rows) =>
    rows
      .join('tickets as t', 't.id', 'o.ticket_id')
      .join('product_types as pt', 'pt.id', 'o.type_id')
      .leftJoin('tickets as rt', 'rt.id', 'o.rerepair_id')
      .select(
        'o.ticket_id',
        't.report_no',
        'o.technician_id',
        'o.station_id',
        'o.type_id',
        'pt.code as type_code',
        'pt.name_en as type_name_en',
        'pt.name_zh as type_name_zh',
        't.reported_at',
        'o.completed_at',
        'o.target_days',
        'o.due_day',
        'o.on_time',
        'o.rerepair_id',
        'rt.report_no as rerepair_no',
      ),
  );
  return {
    total,
    tickets: rows.map((r) => ({
      id: r.ticket_id,
      reportNo: r.report_no,
      technicianId: r.technician_id,
      stationId: r.station_id,
      productType: productTypeOf(r),
      reportedAt: r.reported_at,
      completedAt: r.completed_at,
      targetWorkingDays: r.target_days,
      dueDate: r.due_day,
      onTime: Boolean(r.on_time),
      rerepair:
        r.rerepair_id === null ? null : { id: r.rerepair_id, reportNo: r.rerepair_no ?? '' },
    })),
  };
}
