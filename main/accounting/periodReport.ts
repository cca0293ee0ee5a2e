import type { Knex } from 'knex';
import { addDays, type IsoDate } from '../intake/civilDate';
import { startOfLocalDay } from '../intake/zonedTime';
import type { BillingParams } from '../pricing/billing';

// The period cost report (issue 10, item 1; policy 3.5, 定期與維修站點核對): what the tickets
// completed in a period cost, per repair station and product type, for finance to reconcile
// with each station. A ticket belongs to the local day its unit was handed back (completed_at,
// stamped by delivered/closed), so the period of a reconciled month never moves afterwards.
//
// The cost figures follow the cost of a ticket exactly (main/bench/cost.ts, ticketCost):
// - labour = the ticket's recorded minutes × the hourly rate / 60, rounded per ticket to whole
//   minor units (half up), so a line is the sum of its tickets' costs to the minor unit;
// - parts = what the ledger issued against the ticket's requisition lines at issue cost, less
//   what came back at the cost it was issued at (every stock_moves row pointing at a line);
// - the company bears a covered ticket's labour and parts, the customer every other one;
// - billed and paid are each ticket's bill and payments (main/pricing/ticketMoney.ts), so a
//   line's billed is the sum of its tickets' bills to the minor unit.
// Each ticket is read from its outcome row (main/outcomes/), written at hand-over with the cost
// and bill as they stood then, through the rows' sums per local day (outcome_days), so a year at
// 1,000,000 tickets is a read of a few thousand day rows (docs/performance.md).

export type Named = { id: number; code: string; nameEn: string; nameZh: string };

/** Money in integer minor units, as stored (STYLE.md 12). */
export type PeriodFigures = {
  tickets: number;
  labourMinutes: number;
  labourCost: number;
  partsCost: number;
  companyBorne: number;
  /** The cost of the tickets the warranty does not cover (what the customer's repair cost). */
  customerBorne: number;
  /** Billed to customers: selling prices, labour at its price, inspection fees, tax. */
  billed: number;
  /** Paid by customers for these tickets (payments recorded against them, any day). */
  paid: number;
};

export type PeriodLine = PeriodFigures & { station: Named; productType: Named };

export type PeriodReport = {
  /** Local calendar days, inclusive. */
  from: IsoDate;
  to: IsoDate;
  timeZone: string;
  /** The policy's labour rate now (minor units per hour); each ticket kept the rate of its hand-over. */
  labourRatePerHour: number;
  /** The tax rate now; each bill kept the rate of its hand-over. */
  taxRatePercent: number;
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
  billed: Num;
  paid: Num;
};

const ZERO: PeriodFigures = {
  tickets: 0,
  labourMinutes: 0,
  labourCost: 0,
  partsCost: 0,
  companyBorne: 0,
  customerBorne: 0,
  billed: 0,
  paid: 0,
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
      billed: sum.billed + l.billed,
      paid: sum.paid + l.paid,
    }),
    ZERO,
  );
}

export type ReportScope = { stationId?: number };

export async function periodReport(
  db: Knex,
  range: { from: IsoDate; to: IsoDate },
  timeZone: string,
  params: BillingParams,
  scope: ReportScope = {},
): Promise<PeriodReport> {
  // The day sums of the tickets handed back in the period (main/outcomes/days.ts: each ticket
  // costed and billed at hand-over, summed per local day), summed per station and product type.
  const grouped = db('outcome_days as d')
    .where('d.completed_day', '>=', range.from)
    .where('d.completed_day', '<=', range.to)
    .groupBy('d.station_id', 'd.type_id')
    .select('d.station_id', 'd.type_id')
    .select(
      db.raw('sum(d.tickets) as tickets'),
      db.raw('sum(d.minutes) as minutes'),
      db.raw('sum(d.labour) as labour_cost'),
      db.raw('sum(d.parts) as parts_cost'),
      db.raw('sum(case when d.covered = ? then d.labour + d.parts else 0 end) as company', [true]),
      db.raw('sum(case when d.covered = ? then 0 else d.labour + d.parts end) as customer', [true]),
      db.raw('sum(d.billed) as billed'),
      db.raw('sum(d.paid) as paid'),
    );
  if (scope.stationId !== undefined) void grouped.where('d.station_id', scope.stationId);
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
    billed: Number(r.billed ?? 0),
    paid: Number(r.paid ?? 0),
  }));
  return {
    from: range.from,
    to: range.to,
    timeZone,
    labourRatePerHour: params.labourRatePerHour,
    taxRatePercent: params.taxBasisPoints / 100,
    lines,
    totals: sumFigures(lines),
  };
}
