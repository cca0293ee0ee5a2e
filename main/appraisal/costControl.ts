import type { Knex } from 'knex';
import type { BorneBy } from '../bench/cost';
import { drillDown, periodOutcomes, type Period, type Scope } from './periodFacts';
import type { PeriodSum } from './periodSums';
import { productTypeOf, type TicketFact } from './ticketFacts';

// Repair cost control (policy 4), on the completed tickets of the other indicators. The cost of
// a repair is the ticket's cost by the one rule of main/bench/cost.ts (labour minutes × the
// hourly rate, rounded per ticket, plus parts issued at cost less returns), kept in its outcome
// row from hand-over (main/outcomes/, by the SQL of pricing/billing.ts; parts returned later
// update it), whoever bears it: the indicator is about what a repair consumed, not who pays.
//
// A technician is compared with their station for the same product type: for every (station,
// product type) they repaired, their mean cost against the station's mean over all its repairs
// of that type in the period (theirs included). The overall index is
//   sum of their repairs' costs / sum over their repairs of the station's mean for that type,
// so 1 is "costs like the station", above 1 dearer. A technician alone at a station is 1.

export type CostedTicket = {
  ticketId: number;
  reportNo: string;
  completedAt: string;
  technicianId: number | null;
  stationId: number;
  productType: TicketFact['productType'];
  labourCost: number;
  partsCost: number;
  total: number;
  borneBy: BorneBy;
};

/** One (station, product type) a technician repaired, in minor units. */
export type CostLine = {
  stationId: number;
  productType: TicketFact['productType'];
  tickets: number;
  cost: number;
  stationTickets: number;
  stationCost: number;
};

export type CostControl = {
  definition: 'appraisal.costControl';
  repairs: number;
  cost: number;
  lines: CostLine[];
  /**
   * actual: the sum of their costs; expected: the sum of the station means for the same tickets
   * (minor units, not rounded); value = actual / expected, null without repairs or when the
   * station means are all 0.
   */
  index: { actual: number; expected: number; value: number | null };
};

/** A station's own mean cost per repair: cost / repairs, null without repairs. */
export type StationCost = {
  definition: 'appraisal.meanCost';
  repairs: number;
  cost: number;
  mean: number | null;
};

const key = (stationId: number, typeId: number) => `${stationId}:${typeId}`;

type Sum = { tickets: number; cost: number };

/** Each (station, product type)'s repairs and their cost, all technicians' (or none's). */
export function stationSums(sums: readonly PeriodSum[]): Map<string, Sum> {
  const m = new Map<string, Sum>();
  for (const s of sums) {
    const k = key(s.stationId, s.productType.id);
    const t = m.get(k) ?? { tickets: 0, cost: 0 };
    m.set(k, { tickets: t.tickets + s.completed, cost: t.cost + s.cost });
  }
  return m;
}

export function technicianCost(
  sums: readonly PeriodSum[],
  station: Map<string, Sum>,
  technicianId: number,
): CostControl {
  // One group per (technician, station, product type): each of theirs is one line.
  const lines = sums
    .filter((s) => s.technicianId === technicianId)
    .map((s): CostLine => {
      const st = station.get(key(s.stationId, s.productType.id))!;
      return {
        stationId: s.stationId,
        productType: s.productType,
        tickets: s.completed,
        cost: s.cost,
        stationTickets: st.tickets,
        stationCost: st.cost,
      };
    });
  const actual = lines.reduce((n, l) => n + l.cost, 0);
  const expected = lines.reduce((n, l) => n + (l.tickets * l.stationCost) / l.stationTickets, 0);
  return {
    definition: 'appraisal.costControl',
    repairs: lines.reduce((n, l) => n + l.tickets, 0),
    cost: actual,
    lines,
    index: { actual, expected, value: expected === 0 ? null : actual / expected },
  };
}

export function stationCost(sums: readonly PeriodSum[], stationId: number): StationCost {
  const own = sums.filter((s) => s.stationId === stationId);
  const repairs = own.reduce((n, s) => n + s.completed, 0);
  const cost = own.reduce((n, s) => n + s.cost, 0);
  return {
    definition: 'appraisal.meanCost',
    repairs,
    cost,
    mean: repairs === 0 ? null : cost / repairs,
  };
}

type Num = number | string;
type CostRow = {
  ticket_id: number;
  report_no: string;
  completed_at: string;
  technician_id: number | null;
  station_id: number;
  type_id: number;
  type_code: string;
  type_name_en: string;
  type_name_zh: string;
  warranty_status: string;
  labour: Num;
  parts: Num;
};
type MeanRow = { station_id: number; type_id: number; tickets: Num; cost: Num };

/**
 * The costed tickets in scope, in order of completion, each with its station's mean cost for
 * its product type over every technician's repairs of the period: three statements (the means,
 * the count, the tickets), however many tickets there are.
 */
export async function costedTickets(
  db: Knex,
  period: Period,
  scope: Scope,
): Promise<{ total: number; tickets: (CostedTicket & { stationMean: number })[] }> {
  // The station means: the scope's station and type if given, whoever repaired them.
  const means = await periodOutcomes(db, period, {
    stationId: scope.stationId,
    productTypeId: scope.productTypeId,
  })
    .groupBy('o.station_id', 'o.type_id')
    .select<MeanRow[]>(
      'o.station_id',
      'o.type_id',
      db.raw('count(*) as tickets'),
      db.raw('cast(sum(o.labour + o.parts) as bigint) as cost'),
    );
  const meanOf = new Map(
    means.map((m) => [key(m.station_id, m.type_id), Number(m.cost) / Number(m.tickets)]),
  );
  const { total, rows } = await drillDown<CostRow>(periodOutcomes(db, period, scope), (q) =>
    q
      .join('tickets as t', 't.id', 'o.ticket_id')
      .join('product_types as pt', 'pt.id', 'o.type_id')
      .select('o.ticket_id', 't.report_no', 'o.completed_at', 'o.technician_id', 'o.station_id')
      .select('o.type_id', 'pt.code as type_code', 'pt.name_en as type_name_en')
      .select('pt.name_zh as type_name_zh', 'o.warranty_status', 'o.labour', 'o.parts'),
  );
  return {
    total,
    tickets: rows.map((r) => {
      // PostgreSQL returns bigint columns as text.
      const labourCost = Number(r.labour);
      const partsCost = Number(r.parts);
      return {
        ticketId: r.ticket_id,
        reportNo: r.report_no,
        completedAt: r.completed_at,
        technicianId: r.technician_id,
        stationId: r.station_id,
        productType: productTypeOf(r),
        labourCost,
        partsCost,
        total: labourCost + partsCost,
        // Policy 3.5, as bench/cost.ts (costOf): inside warranty and scope the company bears it.
        borneBy: r.warranty_status === 'covered' ? 'company' : 'customer',
        stationMean: meanOf.get(key(r.station_id, r.type_id))!,
      };
    }),
  };
}
