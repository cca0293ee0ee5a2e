import type { Knex } from 'knex';
import type { IsoDate } from '../intake/civilDate';
import { addWorkingDays, type WorkingCalendar } from '../intake/workingDays';
import { endOfLocalDay, localDate, startOfLocalDay } from '../intake/zonedTime';

// The facts behind the repair indicators (policy 4), one row per ticket completed in a period:
// who repaired it, where, what kind of product, whether it was done within its product type's turnaround target and
// whether it came back. The indicators and their drill-down both read these rows, so a number
// and the tickets listed behind it cannot disagree.
//
// - Completed: handed back (delivered, or closed at a rejected acceptance; completed_at set by
//   the bench) on a local date in the period. A unit returned unrepaired (a declined quote, or
//   not repairable) had no repair, so it is not counted.
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

export type Period = { from: IsoDate; to: IsoDate };

type Row = {
  id: number;
  report_no: string;
  assigned_to: number | null;
  station_id: number;
  type_id: number;
  type_code: string;
  type_name_en: string;
  type_name_zh: string;
  reported_at: string;
  completed_at: string;
  target: number | null;
  rerepair_id: number | null;
  rerepair_no: string | null;
};

export async function ticketFacts(
  db: Knex,
  period: Period,
  rules: { defaultTarget: number; calendar: WorkingCalendar; timeZone: string },
): Promise<TicketFact[]> {
  const start = startOfLocalDay(period.from, rules.timeZone).toISOString();
  const end = endOfLocalDay(period.to, rules.timeZone).toISOString();
  const firstRerepair = db('tickets as r')
    .whereNotNull('r.repeat_of_ticket_id')
    .whereNot('r.status', 'cancelled')
    .groupBy('r.repeat_of_ticket_id')
    .select('r.repeat_of_ticket_id as original_id')
    .min({ rerepair_id: 'r.id' })
    .as('rr');
  const rows = (await db('tickets as t')
    .join('units as u', 'u.id', 't.unit_id')
    .join('product_models as m', 'm.id', 'u.model_id')
    .join('product_types as pt', 'pt.id', 'm.product_type_id')
    .leftJoin(firstRerepair, 'rr.original_id', 't.id')
    .leftJoin('tickets as rt', 'rt.id', 'rr.rerepair_id')
    .whereNot('t.status', 'cancelled')
    .where('t.completed_at', '>=', start)
    .where('t.completed_at', '<=', end)
    .whereNotExists(
      db('ticket_transitions as tt')
        .whereRaw('tt.ticket_id = t.id')
        .where('tt.to_status', 'return_unrepaired')
        .select('tt.id'),
    )
    .orderBy([
      { column: 't.completed_at', order: 'asc' },
      { column: 't.id', order: 'asc' },
    ])
    .select(
      't.id',
      't.report_no',
      't.assigned_to',
      't.station_id',
      'pt.id as type_id',
      'pt.code as type_code',
      'pt.name_en as type_name_en',
      'pt.name_zh as type_name_zh',
      't.reported_at',
      't.completed_at',
      'pt.turnaround_working_days as target',
      'rr.rerepair_id',
      'rt.report_no as rerepair_no',
    )) as Row[];
  return rows.map((r) => {
    const target = r.target ?? rules.defaultTarget;
    const dueDate = addWorkingDays(
      localDate(new Date(r.reported_at), rules.timeZone),
      target,
      rules.calendar,
    );
    return {
      id: r.id,
      reportNo: r.report_no,
      technicianId: r.assigned_to,
      stationId: r.station_id,
      productType: {
        id: r.type_id,
        code: r.type_code,
        name: r.type_name_en,
        nameZh: r.type_name_zh,
      },
      reportedAt: r.reported_at,
      completedAt: r.completed_at,
      targetWorkingDays: target,
      dueDate,
      onTime: localDate(new Date(r.completed_at), rules.timeZone) <= dueDate,
      rerepair:
        r.rerepair_id === null ? null : { id: r.rerepair_id, reportNo: r.rerepair_no ?? '' },
    };
  });
}
