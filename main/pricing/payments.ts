import type { Knex } from 'knex';
import { refuse } from '../contract/errors';
import type { Actor } from '../contract/roles';
import { insertedId, isUniqueViolation } from '../intake/rows';
import { refreshPaid } from '../outcomes/outcomes';
import { fromMinorUnits } from '../rules/money';
import type { Settings } from '../settings/settingsSchema';
import type { Audit } from '../contract/handler';
import { ticketMoney, whyNotPayable, type TicketMoney } from './ticketMoney';

// Payments at hand-over (issue 10, item 1; policy 3.5): the desk records what the customer paid
// for a billed ticket — the repair of a unit the warranty does not cover, or the inspection fee
// of a declined quote — by method, amount and receipt number. A customer may pay in parts; the
// total paid never exceeds the bill, and a receipt number is never used twice.

export const PAYMENT_KINDS = ['repair', 'inspection_fee'] as const;
export const PAYMENT_METHODS = ['cash', 'card', 'transfer', 'other'] as const;

export type Payment = {
  id: number;
  ticketId: number;
  kind: (typeof PAYMENT_KINDS)[number];
  method: (typeof PAYMENT_METHODS)[number];
  amount: number;
  receiptNo: string;
  note: string | null;
  recordedBy: { id: number; displayName: string };
  recordedAt: string;
};

export type PaymentInput = {
  ticketId: number;
  kind: Payment['kind'];
  method: Payment['method'];
  amount: number;
  receiptNo: string;
  note: string | null;
};

type Row = {
  id: number;
  ticket_id: number;
  kind: Payment['kind'];
  method: Payment['method'];
  amount: number;
  receipt_no: string;
  note: string | null;
  recorded_by: number;
  recorded_at: string;
  display_name: string;
};

type Db = Knex | Knex.Transaction;

/**
 * Locks the ticket's row for the rest of the transaction (a row lock on PostgreSQL; SQLite
 * writes one at a time anyway), so two payments at once read the balance one after the other.
 */
export function lockTicket(db: Db, ticketId: number) {
  return db('tickets').where({ id: ticketId }).forUpdate().first('id');
}

export async function paymentsOf(db: Db, ticketId: number): Promise<Payment[]> {
  const rows = await db('payments as p')
    .join('staff as s', 's.id', 'p.recorded_by')
    .where('p.ticket_id', ticketId)
    .orderBy('p.id')
    .select<Row[]>('p.*', 's.display_name');
  return rows.map((r) => ({
    id: r.id,
    ticketId: r.ticket_id,
    kind: r.kind,
    method: r.method,
    amount: r.amount,
    receiptNo: r.receipt_no,
    note: r.note,
    recordedBy: { id: r.recorded_by, displayName: r.display_name },
    recordedAt: r.recorded_at,
  }));
}

/** Records one payment, refusing what the bill does not allow; returns the payment's id. */
export async function recordPayment(
  trx: Knex.Transaction,
  audit: Audit,
  input: PaymentInput,
  settings: Settings,
  actor: Actor,
  at: string,
): Promise<number> {
  // The balance is read and the payment written under the ticket's lock: no overpayment by two
  // desks at once.
  await lockTicket(trx, input.ticketId);
  const money: TicketMoney = await ticketMoney(trx, input.ticketId, settings);
  if (money.payable === null) {
    throw await whyNotPayable(trx, input.ticketId, money);
  }
  if (money.payable !== input.kind) {
    const details = { payable: money.payable };
    throw money.payable === 'inspection_fee'
      ? refuse('RULE', 'pricing.onlyInspectionFee', {
          field: 'kind',
          message: 'kind: The customer declined the quote: only the inspection fee is billed',
          details,
        })
      : refuse('RULE', 'pricing.noInspectionFee', {
          field: 'kind',
          message:
            'kind: Only a declined quote bills an inspection fee; this payment is for the repair',
          details,
        });
  }
  if (input.amount > money.balance) {
    // The text reads currency units (59.94); details keep minor units for the screen's sums.
    const units = (minor: number) => fromMinorUnits(minor, settings.locale.currency);
    throw refuse('RULE', 'pricing.overpayment', {
      params: {
        balance: units(money.balance),
        billed: units(money.billed.total),
        paid: units(money.paid),
      },
      field: 'amount',
      message: `amount: The payment is more than the balance of ${money.balance} (billed ${money.billed.total}, paid ${money.paid}): overpayment is refused`,
      details: { balance: money.balance },
    });
  }
  let id: number;
  try {
    const [row] = await trx('payments')
      .insert({
        ticket_id: input.ticketId,
        kind: input.kind,
        method: input.method,
        amount: input.amount,
        receipt_no: input.receiptNo,
        note: input.note,
        recorded_by: actor.id,
        recorded_at: at,
      })
      .returning('id');
    id = insertedId(row);
    await refreshPaid(trx, input.ticketId);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw refuse('CONFLICT', 'pricing.receiptNoUsed', {
        params: { receiptNo: input.receiptNo },
        field: 'receiptNo',
        message: `receiptNo: Receipt number ${input.receiptNo} is already used`,
      });
    }
    throw error;
  }
  await audit({
    entity: 'ticket',
    entityId: input.ticketId,
    action: 'payment',
    after: { paymentId: id, ...input, balanceBefore: money.balance },
  });
  return id;
}
