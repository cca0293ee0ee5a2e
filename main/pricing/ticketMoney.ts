import type { Knex } from 'knex';
import { refuse, type DepotError } from '../contract/errors';
import type { Settings } from '../settings/settingsSchema';
import type { TicketStatus } from '../bench/lifecycle';
import { taxBasisPoints } from './rules';
import { ticketBilling, type BillingParams } from './billing';

// A ticket's money (issue 10, item 1; policy 3.5): what it cost the company, what its customer
// is billed, what was paid and what is still owed, from the same query as the period report.

export type TicketMoney = {
  cost: { parts: number; labour: number; total: number };
  billed: { parts: number; labour: number; inspectionFee: number; tax: number; total: number };
  paid: number;
  /** Billed less paid: what the desk still collects at hand-over. */
  balance: number;
  /** Policy 3.5: the company bears a covered repair; the customer pays every other one. */
  borneBy: 'company' | 'customer';
  /**
   * What a payment may be for now: the declined quote's fee; the repair once it is billable
   * (ready for pick-up, delivered or closed, and its quote, if any, approved); or nothing.
   */
  payable: 'repair' | 'inspection_fee' | null;
};

type Row = {
  warranty_status: string;
  declined: number | string | boolean;
  labour: number | string;
  parts: number | string;
  bill_parts: number | string;
  bill_labour: number | string;
  bill_fee: number | string;
  tax: number | string;
  paid: number | string;
};

export function billingParams(settings: Settings): BillingParams {
  return {
    labourRatePerHour: settings.policy.labourRatePerHour,
    taxBasisPoints: taxBasisPoints(settings),
    inspectionFee: settings.pricing.inspectionFee,
  };
}

/** Statuses in which a repair is done and billed: the desk may take its payment. */
export const BILLABLE_STATUSES: readonly TicketStatus[] = [
  'ready_for_pickup',
  'delivered',
  'closed',
];

type Standing = { status: TicketStatus; quote: string | null };

/** The ticket's status and its latest quote's status, which decide whether it is payable. */
async function standing(db: Knex | Knex.Transaction, ticketId: number): Promise<Standing> {
  const t = (await db('tickets').where({ id: ticketId }).first('status')) as
    { status: TicketStatus } | undefined;
  const q = (await db('quotes')
    .where({ ticket_id: ticketId })
    .orderBy('id', 'desc')
    .first('status')) as { status: string } | undefined;
  return { status: t?.status ?? 'cancelled', quote: q?.status ?? null };
}

function payableOf(
  covered: boolean,
  declined: boolean,
  inspectionFee: number,
  s: Standing,
): TicketMoney['payable'] {
  if (covered || s.status === 'cancelled') return null;
  if (declined) return inspectionFee > 0 ? 'inspection_fee' : null;
  if (!BILLABLE_STATUSES.includes(s.status)) return null;
  return s.quote === null || s.quote === 'approved' ? 'repair' : null;
}

/** Why nothing is payable on the ticket now, for the desk (policy 3.5): the refusal to throw. */
export async function whyNotPayable(
  db: Knex | Knex.Transaction,
  ticketId: number,
  money: TicketMoney,
): Promise<DepotError> {
  const s = await standing(db, ticketId);
  const t = `Ticket #${ticketId}`;
  const about = { field: 'ticketId' } as const;
  const params = { id: ticketId };
  if (money.borneBy === 'company') {
    return refuse('RULE', 'pricing.coveredNotBilled', {
      ...about,
      params,
      message: `${t} is covered by the warranty: the company bears it and the customer pays nothing (policy 3.5).`,
    });
  }
  if (s.status === 'cancelled') {
    return refuse('RULE', 'pricing.cancelledNotBilled', {
      ...about,
      params,
      message: `${t} was cancelled: nothing is billed for it.`,
    });
  }
  if (s.quote === 'declined') {
    return refuse('RULE', 'pricing.declinedNoFee', {
      ...about,
      params,
      message: `${t} has nothing to bill: its quote was declined and the depot charges no inspection fee.`,
    });
  }
  if (s.quote !== null && s.quote !== 'approved') {
    return refuse('RULE', 'pricing.quoteNotApproved', {
      ...about,
      params: { ...params, quote: s.quote },
      message: `${t} cannot be paid yet: the customer has not approved its quote (its quote is ${s.quote}).`,
    });
  }
  return refuse('RULE', 'pricing.notBillableYet', {
    ...about,
    params: { ...params, status: s.status },
    message: `${t} cannot be paid yet: its repair is billed once it is ready for pick-up, delivered or closed (it is ${s.status}).`,
  });
}

export async function ticketMoney(
  db: Knex | Knex.Transaction,
  ticketId: number,
  settings: Settings,
): Promise<TicketMoney> {
  // Handed back: the cost and bill as they stood at hand-over (main/outcomes/), what the period
  // report sums; before that, as the ticket stands now.
  const kept = (await db('ticket_outcomes')
    .where({ ticket_id: ticketId })
    .first(
      'warranty_status',
      'declined',
      'labour',
      'parts',
      'bill_parts',
      'bill_labour',
      'bill_fee',
      'tax',
      'paid',
    )) as Row | undefined;
  const [row] = kept
    ? [kept]
    : ((await ticketBilling(db, billingParams(settings), (q) =>
        q.where('t.id', ticketId),
      )) as Row[]);
  if (!row) {
    throw refuse('NOT_FOUND', 'intake.ticketNotFound', {
      params: { id: ticketId },
      field: 'ticketId',
      message: `No ticket #${ticketId}.`,
    });
  }
  const n = (v: number | string) => Number(v);
  const billed = {
    parts: n(row.bill_parts),
    labour: n(row.bill_labour),
    inspectionFee: n(row.bill_fee),
    tax: n(row.tax),
    total: 0,
  };
  billed.total = billed.parts + billed.labour + billed.inspectionFee + billed.tax;
  const covered = row.warranty_status === 'covered';
  const s = await standing(db, ticketId);
  return {
    cost: { parts: n(row.parts), labour: n(row.labour), total: n(row.parts) + n(row.labour) },
    billed,
    paid: n(row.paid),
    balance: billed.total - n(row.paid),
    borneBy: covered ? 'company' : 'customer',
    payable: payableOf(covered, Number(row.declined) === 1, billed.inspectionFee, s),
  };
}
