import type { Knex } from 'knex';
import { ticketCostInputs } from '../accounting/ticketCosts';
import { costOf, type BorneBy } from '../bench/cost';
import { DepotError } from '../contract/errors';
import type { Settings } from '../settings/settingsSchema';
import type { TicketFact } from './ticketFacts';

// Repair cost control (policy 4), on the completed tickets of the other indicators. The cost of
// a repair is the ticket's cost by the one rule of main/bench/cost.ts (labour minutes × the
// hourly rate, rounded per ticket, plus parts issued at cost less returns; costOf), read for the
// whole period in one statement (accounting/ticketCosts.ts), whoever bears it:
// the indicator is about what a repair consumed, not about who pays.
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

/**
 * Each completed ticket with its cost, by the bench's rule, in the facts' order. The minutes and
 * parts of all of them are read in one statement (accounting/ticketCosts.ts, the period cost
 * report's SQL), by the facts' completion range rather than a list of ids, then kept to the
 * facts exactly; costOf turns them into money as ticketCost does for one ticket.
 */
export async function costTickets(
  db: Knex,
  facts: readonly TicketFact[],
  settings: Settings,
): Promise<CostedTicket[]> {
  if (facts.length === 0) return [];
  const completed = facts.map((f) => f.completedAt);
  const first = completed.reduce((m, c) => (c < m ? c : m));
  const last = completed.reduce((m, c) => (c > m ? c : m));
  const inputs = await ticketCostInputs(db, (q) => {
    q.where('t.completed_at', '>=', first).where('t.completed_at', '<=', last);
  });
  return facts.map((f): CostedTicket => {
    const i = inputs.get(f.id);
    if (!i) {
      throw new DepotError('CONFLICT', 'A ticket changed while the period was read; try again.', {
        ticketId: f.id,
      });
    }
    const c = costOf(
      i.labourMinutes,
      i.partsCost,
      i.warrantyStatus,
      settings.policy.labourRatePerHour,
    );
    return {
      ticketId: f.id,
      reportNo: f.reportNo,
      completedAt: f.completedAt,
      technicianId: f.technicianId,
      stationId: f.stationId,
      productType: f.productType,
      labourCost: c.labourCost,
      partsCost: c.partsCost,
      total: c.total,
      borneBy: c.borneBy,
    };
  });
}

const key = (t: { stationId: number; productType: { id: number } }) =>
  `${t.stationId}:${t.productType.id}`;

type Sum = { tickets: number; cost: number };

function sums(tickets: readonly CostedTicket[]): Map<string, Sum> {
  const m = new Map<string, Sum>();
  for (const t of tickets) {
    const s = m.get(key(t)) ?? { tickets: 0, cost: 0 };
    m.set(key(t), { tickets: s.tickets + 1, cost: s.cost + t.total });
  }
  return m;
}

/** The station's mean cost for a ticket's type, as sum and count (so it stays exact). */
export function stationSums(all: readonly CostedTicket[]): Map<string, Sum> {
  return sums(all);
}

export function technicianCost(
  all: readonly CostedTicket[],
  station: Map<string, Sum>,
  technicianId: number,
): CostControl {
  const own = all.filter((t) => t.technicianId === technicianId);
  const lines = [...sums(own)].map(([k, s]): CostLine => {
    const first = own.find((t) => key(t) === k)!;
    const st = station.get(k)!;
    return {
      stationId: first.stationId,
      productType: first.productType,
      tickets: s.tickets,
      cost: s.cost,
      stationTickets: st.tickets,
      stationCost: st.cost,
    };
  });
  const actual = lines.reduce((n, l) => n + l.cost, 0);
  const expected = lines.reduce((n, l) => n + (l.tickets * l.stationCost) / l.stationTickets, 0);
  return {
    definition: 'appraisal.costControl',
    repairs: own.length,
    cost: actual,
    lines,
    index: { actual, expected, value: expected === 0 ? null : actual / expected },
  };
}

export function stationCost(all: readonly CostedTicket[], stationId: number): StationCost {
  const own = all.filter((t) => t.stationId === stationId);
  const cost = own.reduce((n, t) => n + t.total, 0);
  return {
    definition: 'appraisal.meanCost',
    repairs: own.length,
    cost,
    mean: own.length === 0 ? null : cost / own.length,
  };
}

/** The station's mean for each ticket's (station, type), for the drill-down. */
export function withStationMean(all: readonly CostedTicket[], tickets: readonly CostedTicket[]) {
  const station = stationSums(all);
  return tickets.map((t) => {
    const s = station.get(key(t))!;
    return { ...t, stationMean: s.cost / s.tickets };
  });
}
