import type { Knex } from 'knex';
import { TICKET_MINUTES, TICKET_PARTS_COST, type TicketFilter } from '../pricing/billing';

// The cost inputs of many tickets in ONE statement: per ticket its recorded labour minutes and
// its parts at cost (issued less returned, from the ledger), by the very SQL the period cost
// report sums (main/pricing/billing.ts), so a period of a million tickets is one read, not
// three per ticket. The money rule on top (labour rounded per ticket, who bears it) is the
// bench's (main/bench/cost.ts, costOf), applied by the caller.

export type TicketCostInputs = {
  ticketId: number;
  warrantyStatus: string;
  labourMinutes: number;
  /** Minor units. */
  partsCost: number;
};

type Row = { id: number; warranty_status: string; minutes: Num; parts: Num };
type Num = number | string | null;

/** Every ticket (alias `t`) the filter keeps, with its minutes and parts cost, by ticket id. */
export async function ticketCostInputs(
  db: Knex | Knex.Transaction,
  filter: TicketFilter,
): Promise<Map<number, TicketCostInputs>> {
  const q = db('tickets as t')
    .select('t.id', 't.warranty_status')
    .select(db.raw(`${TICKET_MINUTES} as minutes`), db.raw(`${TICKET_PARTS_COST} as parts`));
  filter(q);
  const rows = (await q) as Row[];
  return new Map(
    rows.map((r) => [
      r.id,
      {
        ticketId: r.id,
        warrantyStatus: r.warranty_status,
        // PostgreSQL returns bigint sums as text.
        labourMinutes: Number(r.minutes ?? 0),
        partsCost: Number(r.parts ?? 0),
      },
    ]),
  );
}
