import type { Knex } from 'knex';
import { addDays, type IsoDate } from '../intake/civilDate';
import { startOfLocalDay } from '../intake/zonedTime';

// The period cost report (issue 10, item 1; policy 3.5, 定期與維修站點核對): what the tickets
// completed in a period cost, per repair station and product type, for finance to reconcile
// with each station. A ticket belongs to the local day its unit was handed back (completed_at,
// stamped by delivered/closed), so the period of a reconciled month never moves afterwards.
//
// The figures follow the cost of a ticket exactly (main/bench/cost.ts, ticketCost):
// - labour = the ticket's recorded minutes × the hourly rate / 60, rounded per ticket to whole
//   minor units (half up), so a line is the sum of its tickets' costs to the minor unit;
// - parts = what the ledger issued against the ticket's requisition lines at issue cost, less
//   what came back at the cost it was issued at (every stock_moves row pointing at a line);
// - the company bears a covered ticket's labour and parts, the customer every other one.
// It runs as one grouped query over the period's tickets (per-ticket sums by index), not one
// query per ticket, so a year at 1,000,000 tickets stays within seconds.
// Selling prices, tax and payments are not in this report yet (issue 10, item 1, to come).

export type Named = { id: number; code: string; nameEn: string; nameZh: string };

/** Money in integer minor units, as stored (STYLE.md 12). */
export type PeriodFigures = {
  tickets: number;
  labourMinutes: number;
  labourCost: number;
  partsCost: number;
  companyBorne: number;
  customerBorne: number;
};

export type PeriodLine = PeriodFigures & { station: Named; productType: Named };

export type PeriodReport = {
  /** Local calendar days, inclusive. */
  from: IsoDate;
  to: IsoDate;
  timeZone: string;
  /** The labour rate the figures were computed at (minor units per hour). */
  labourRatePerHour: number;
  /** By station code, then product type code. */
  lines: PeriodLine[];
  /** The sum of the lines. */
  totals: PeriodFigures;
};

type Num = number | string | null;
type GroupRow = {
  station_id: number;
  type_id: number;
  s_code: string;
  s_name_en: string;
  s_name_zh: string;
  p_code: string;
  p_name_en: string;
  p_name_zh: string;
  tickets: Num;
  minutes: Num;
  labour_cost: Num;
  parts_cost: Num;
  company: Num;
  customer: Num;
};

const ZERO: PeriodFigures = {
  tickets: 0,
  labourMinutes: 0,
  labourCost: 0,
  partsCost: 0,
  companyBorne: 0,
  customerBorne: 0,
};

/** The instants [start, end) that hold the local days from..to, inclusive. */
export function periodBounds(from: IsoDate, to: IsoDate, timeZone: string) {
  return {
    start: startOfLocalDay(from, timeZone).toISOString(),
    end: startOfLocalDay(addDays(to, 1), timeZone).toISOString(),
  };
}

/** Adds up figures: the report's totals are the sum of its lines, by construction. */
export function sumFigures(lines: readonly PeriodFigures[]): PeriodFigures {
  return lines.reduce(
    (sum, l) => ({
      tickets: sum.tickets + l.tickets,
      labourMinutes: sum.labourMinutes + l.labourMinutes,
      labourCost: sum.labourCost + l.labourCost,
      partsCost: sum.partsCost + l.partsCost,
      companyBorne: sum.companyBorne + l.companyBorne,
      customerBorne: sum.customerBorne + l.customerBorne,
    }),
    ZERO,
  );
}

/**
 * One row per ticket completed in the period (by the completed_at index): its station, type,
 * warranty, and its minutes and parts summed per ticket by index.
 */
function periodTickets(db: Knex, start: string, end: string) {
  return db('tickets as t')
    .join('units as u', 'u.id', 't.unit_id')
    .join('product_models as m', 'm.id', 'u.model_id')
    .where('t.completed_at', '>=', start)
    .where('t.completed_at', '<', end)
    .select('t.station_id', 'm.product_type_id as type_id', 't.warranty_status')
    .select(
      db.raw(
        'coalesce((select sum(le.minutes) from labour_entries le where le.ticket_id = t.id), 0) as minutes',
      ),
      // Issues are negative quantities and returns positive: the net outflow at cost. ref_id is
      // text (a ledger row may point at any kind of record), so the line id is compared as
      // text. CROSS JOIN keeps SQLite's order requisition → line → move, by index at each step.
      db.raw(
        `coalesce((select sum(-sm.quantity * sm.unit_cost)
           from requisitions r
           cross join requisition_lines rl
           cross join stock_moves sm
          where r.ticket_id = t.id
            and rl.requisition_id = r.id
            and sm.ref_type = 'requisition_line'
            and sm.ref_id = cast(rl.id as varchar(40))), 0) as parts`,
      ),
    );
}

export async function periodReport(
  db: Knex,
  range: { from: IsoDate; to: IsoDate },
  timeZone: string,
  labourRatePerHour: number,
): Promise<PeriodReport> {
  const { start, end } = periodBounds(range.from, range.to, timeZone);
  // Labour per ticket, rounded half up in integers: (minutes × rate + 30) / 60.
  // The per-ticket rows are materialised once, so each ticket's sums run once.
  const costed = db
    .withMaterialized('k', periodTickets(db, start, end))
    .from('k')
    .select(
      'k.station_id',
      'k.type_id',
      'k.warranty_status',
      'k.minutes',
      'k.parts',
      db.raw('(k.minutes * cast(? as integer) + 30) / 60 as labour', [labourRatePerHour]),
    );
  const grouped = db
    .from(costed.as('c'))
    .groupBy('c.station_id', 'c.type_id')
    .select('c.station_id', 'c.type_id')
    .select(
      db.raw('count(*) as tickets'),
      db.raw('sum(c.minutes) as minutes'),
      db.raw('sum(c.labour) as labour_cost'),
      db.raw('sum(c.parts) as parts_cost'),
      db.raw(
        "sum(case when c.warranty_status = 'covered' then c.labour + c.parts else 0 end) as company",
      ),
      db.raw(
        "sum(case when c.warranty_status = 'covered' then 0 else c.labour + c.parts end) as customer",
      ),
    );
  const rows = await db
    .from(grouped.as('g'))
    .join('repair_stations as s', 's.id', 'g.station_id')
    .join('product_types as p', 'p.id', 'g.type_id')
    .orderBy([{ column: 's.code' }, { column: 'p.code' }])
    .select<GroupRow[]>(
      'g.*',
      's.code as s_code',
      's.name_en as s_name_en',
      's.name_zh as s_name_zh',
      'p.code as p_code',
      'p.name_en as p_name_en',
      'p.name_zh as p_name_zh',
    );
  const lines = rows.map((r): PeriodLine => ({
    station: { id: r.station_id, code: r.s_code, nameEn: r.s_name_en, nameZh: r.s_name_zh },
    productType: { id: r.type_id, code: r.p_code, nameEn: r.p_name_en, nameZh: r.p_name_zh },
    // PostgreSQL returns bigint sums as text.
    tickets: Number(r.tickets ?? 0),
    labourMinutes: Number(r.minutes ?? 0),
    labourCost: Number(r.labour_cost ?? 0),
    partsCost: Number(r.parts_cost ?? 0),
    companyBorne: Number(r.company ?? 0),
    customerBorne: Number(r.customer ?? 0),
  }));
  return {
    from: range.from,
    to: range.to,
    timeZone,
    labourRatePerHour,
    lines,
    totals: sumFigures(lines),
  };
}
