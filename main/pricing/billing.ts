import type { Knex } from 'knex';

// What each ticket cost the company and what its customer is billed and paid, in SQL, so a
// period of a million tickets is one grouped statement (main/accounting) and a single ticket
// reads the very same figures (ticketMoney.ts). The rules are those of rules.ts:
// - cost: labour minutes at the depot's policy rate, rounded half up per ticket, plus the parts
//   the ledger issued against the ticket less returns, at issue cost (main/bench/cost.ts);
// - billed, for a ticket the warranty does not cover: each part line at quantity × selling
//   price, or its issue cost with the category's markup rounded half up per line; labour at the
//   ticket's labour rate rounded per ticket; when the customer's latest quote was declined,
//   only the inspection fee; tax once on the sum, rounded half up. A covered ticket bills 0;
// - paid: every payment recorded for the ticket.

export type BillingParams = {
  /** The depot's policy rate: the cost of labour and the price of labour without a rule. */
  labourRatePerHour: number;
  taxBasisPoints: number;
  inspectionFee: number;
};

/** Filters the tickets (alias `t`; `m` is the unit's product model). */
export type TicketFilter = (q: Knex.QueryBuilder) => void;

// PostgreSQL sums integers to numeric, and numeric / integer is a decimal division: every sum
// is cast back to bigint, so each rounding division below truncates (half up with its + n/2)
// on PostgreSQL exactly as it does on SQLite.
const LINE_COST = `cast(coalesce((select sum(-sm.quantity * sm.unit_cost) from stock_moves sm
   where sm.ref_type = 'requisition_line' and sm.ref_id = cast(rl.id as varchar(40))), 0) as bigint)`;

/** A ticket's (alias `t`) recorded labour minutes, 0 without any. */
const TICKET_MINUTES =
  'cast(coalesce((select sum(le.minutes) from labour_entries le where le.ticket_id = t.id), 0) as bigint)';

/**
 * A ticket's (alias `t`) parts cost: issues are negative quantities and returns positive, so
 * this is the net outflow at cost. CROSS JOIN keeps SQLite's order requisition → line → move,
 * by index at each step.
 */
export const TICKET_PARTS_COST = `cast(coalesce((select sum(-sm.quantity * sm.unit_cost)
           from requisitions r
           cross join requisition_lines rl
           cross join stock_moves sm
          where r.ticket_id = t.id
            and rl.requisition_id = r.id
            and sm.ref_type = 'requisition_line'
            and sm.ref_id = cast(rl.id as varchar(40))), 0) as bigint)`;

function perTicket(db: Knex | Knex.Transaction, p: BillingParams, filter: TicketFilter) {
  const q = db('tickets as t')
    .join('units as u', 'u.id', 't.unit_id')
    .join('product_models as m', 'm.id', 'u.model_id')
    .select('t.id', 't.station_id', 'm.product_type_id as type_id', 't.warranty_status')
    .select(
      db.raw(`${TICKET_MINUTES} as minutes`),
      db.raw(`${TICKET_PARTS_COST} as parts`),
      db.raw(
        `cast(coalesce((select sum(case when p.sell_price is not null
                       then (rl.issued - rl.returned) * p.sell_price
                       else (${LINE_COST} * (100 + coalesce(pm.markup_percent, 0)) + 50) / 100 end)
           from requisitions r
           cross join requisition_lines rl
           join parts p on p.id = rl.part_id
           left join price_markups pm on pm.category = p.category
          where r.ticket_id = t.id and rl.requisition_id = r.id), 0) as bigint) as sale_parts`,
      ),
      db.raw(
        `coalesce(
           (select min(lr.rate_per_hour) from labour_rates lr
             where lr.product_type_id = m.product_type_id and lr.station_id = t.station_id),
           (select min(lr.rate_per_hour) from labour_rates lr
             where lr.product_type_id = m.product_type_id and lr.station_id is null),
           (select min(lr.rate_per_hour) from labour_rates lr
             where lr.product_type_id is null and lr.station_id = t.station_id),
           cast(? as bigint)) as sale_rate`,
        [p.labourRatePerHour],
      ),
      db.raw(
        `case when (select q.status from quotes q where q.ticket_id = t.id
                     order by q.id desc limit 1) = 'declined' then 1 else 0 end as declined`,
      ),
      db.raw(
        'cast(coalesce((select sum(pay.amount) from payments pay where pay.ticket_id = t.id), 0) as bigint) as paid',
      ),
    );
  filter(q);
  return q;
}

/**
 * One row per ticket the filter keeps: id, station_id, type_id, warranty_status, minutes,
 * labour (cost), parts (cost), declined (0/1), bill_parts, bill_labour, bill_fee, tax, paid — integers.
 */
export function ticketBilling(db: Knex | Knex.Transaction, p: BillingParams, filter: TicketFilter) {
  const billed = db
    .from('k')
    .select('k.id', 'k.station_id', 'k.type_id', 'k.warranty_status', 'k.minutes', 'k.parts')
    .select('k.paid', 'k.declined')
    .select(
      db.raw('(k.minutes * cast(? as bigint) + 30) / 60 as labour', [p.labourRatePerHour]),
      db.raw(
        "case when k.warranty_status = 'covered' or k.declined = 1 then 0 else k.sale_parts end as bill_parts",
      ),
      db.raw(
        "case when k.warranty_status = 'covered' or k.declined = 1 then 0 else (k.minutes * k.sale_rate + 30) / 60 end as bill_labour",
      ),
      db.raw(
        "case when k.warranty_status <> 'covered' and k.declined = 1 then cast(? as bigint) else 0 end as bill_fee",
        [p.inspectionFee],
      ),
    );
  return db
    .withMaterialized('k', perTicket(db, p, filter))
    .from(billed.as('b'))
    .select('b.*')
    .select(
      db.raw(
        '(cast(b.bill_parts + b.bill_labour + b.bill_fee as bigint) * cast(? as bigint) + 5000) / 10000 as tax',
        [p.taxBasisPoints],
      ),
    );
}
