import type { Knex } from 'knex';
import { depotTimeZone } from '../intake/zonedTime';
import { TICKET_PARTS_COST } from '../pricing/billing';
import { readStoredSettings } from '../settings/storedSettings';
import { resumDaysOf } from './days';
import { answersOf, FIRST_REREPAIR, outcomeRows, outcomeRules } from './outcomeRows';

// Keeping ticket_outcomes exact (issue 10, performance: "updated in the same transaction as the
// ticket"). Each function runs inside the transaction of the event it follows:
// - hand-over (bench/transition.ts, to delivered or closed): the row is written once, with the
//   cost and the bill as they stand then, at the rules then in force;
// - a payment (pricing/paymentHandlers.ts): paid is the sum of the ticket's payments;
// - parts returned after hand-over (stock requisitions/return): parts is the ledger's net cost;
// - a re-repair opened or cancelled (intake, bench rerepair, cancellation): the first re-repair;
// - a follow-up answered (aftercare): the score and when it was given.
// Each later update recomputes its columns from their source rows, never by adding a delta, so
// a row is always what a recount would make of it (outcomes.test.ts proves it).

type Db = Knex | Knex.Transaction;

/** The settings as committed, read in this transaction (an event has no handler context here). */
export async function storedSettingsIn(trx: Db) {
  const rows = (await trx('settings').select('key', 'value')) as { key: string; value: string }[];
  return readStoredSettings(rows).settings;
}

async function rulesIn(trx: Db) {
  return outcomeRules(await storedSettingsIn(trx), depotTimeZone());
}

/** At hand-over: the ticket's outcome, unless it already has one (delivered, then closed). */
export async function recordOutcome(trx: Db, ticketId: number): Promise<void> {
  if (await trx('ticket_outcomes').where({ ticket_id: ticketId }).first('ticket_id')) return;
  const [row] = await outcomeRows(trx, await rulesIn(trx), (q) => q.where('t.id', ticketId));
  if (!row) return;
  await trx('ticket_outcomes').insert(row);
  await resumDaysOf(trx, [ticketId]);
}

/** After a payment: what the customer has paid for the ticket, from its payments. */
export async function refreshPaid(trx: Db, ticketId: number): Promise<void> {
  await trx('ticket_outcomes')
    .where({ ticket_id: ticketId })
    .update({
      paid: trx.raw(
        'coalesce((select sum(pay.amount) from payments pay where pay.ticket_id = ?), 0)',
        [ticketId],
      ),
    });
  await resumDaysOf(trx, [ticketId]);
}

/**
 * Holds the ticket's row for the rest of the transaction (a row lock on PostgreSQL; SQLite writes
 * one at a time anyway), so a refresh reads its source rows after a hand-over or another refresh
 * of the same ticket has committed, never beside it.
 */
function holdTicket(trx: Db, ticketId: number) {
  return trx('tickets').where({ id: ticketId }).forUpdate().first('id');
}

/** After parts came back against a handed-back ticket: its parts at cost, from the ledger. */
export async function refreshParts(trx: Db, ticketId: number): Promise<void> {
  await holdTicket(trx, ticketId);
  const [row] = (await trx('tickets as t')
    .where('t.id', ticketId)
    .select(trx.raw(`${TICKET_PARTS_COST} as parts`))) as { parts: number | string }[];
  await trx('ticket_outcomes')
    .where({ ticket_id: ticketId })
    .update({ parts: Number(row?.parts ?? 0) });
  await resumDaysOf(trx, [ticketId]);
}

/** After a ticket naming `originalId` as the one it repeats was opened or cancelled. */
export async function refreshRerepair(trx: Db, originalId: number): Promise<void> {
  await holdTicket(trx, originalId);
  const [row] = (await trx('tickets as t')
    .where('t.id', originalId)
    .select(trx.raw(`${FIRST_REREPAIR} as id`))) as { id: number | null }[];
  await trx('ticket_outcomes')
    .where({ ticket_id: originalId })
    .update({ rerepair_id: row?.id ?? null });
  await resumDaysOf(trx, [originalId]);
}

/** After a follow-up call: the ticket's answer (score and when), or none. */
export async function refreshAnswer(trx: Db, ticketId: number): Promise<void> {
  const [a] = await answersOf(trx, [ticketId]);
  await trx('ticket_outcomes')
    .where({ ticket_id: ticketId })
    .update({ score: a?.satisfaction ?? null, answered_at: a?.done_at ?? null });
  await resumDaysOf(trx, [ticketId]);
}
