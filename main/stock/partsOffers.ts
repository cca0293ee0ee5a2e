import type { Knex } from 'knex';
import { type Offer, offerOf, type Refusal, roleRefusal } from '../contract/offer';
import type { Actor } from '../contract/roles';
import { outOf } from '../rules/requisitionLine';
import { REQUISITION_REQUEST, STOCK_WRITE } from './access';
import { HANDED_BACK } from './requisitionActions';

// A ticket's parts at the bench (policy 3.2, 5.3): whether parts may be requested for it, and
// whether any may go back to the stockroom. Parts are requested for any ticket whose unit is still
// at the depot (a supervisor or any technician may fill in the form for it), once a repair out of
// warranty is approved. `requisitions/create` refuses by the first function,
// the repair log offers both (bench/repairLog.ts), so the bench shows a button only when the core
// would take it.

/** Statuses whose unit is gone or given up: no parts are requested for them. */
export const CLOSED_FOR_PARTS: readonly string[] = ['cancelled', ...HANDED_BACK];

/** A ticket as requesting parts reads it. */
export type TicketForParts = {
  id: number;
  reportNo: string;
  status: string;
  warrantyStatus: string;
  /** The latest quote's status, if any. */
  quoteStatus: string | null;
};

type Db = Knex | Knex.Transaction;

/** A requisition line as far as taking it back goes. */
type PartOut = { issued: number; returned: number };

/** The status of the ticket's latest quote, if it has one. */
export async function latestQuoteStatus(db: Db, ticketId: number): Promise<string | null> {
  const quote = (await db('quotes')
    .where({ ticket_id: ticketId })
    .orderBy('id', 'desc')
    .first('status')) as { status: string } | undefined;
  return quote?.status ?? null;
}

export async function findTicketForParts(db: Db, ticketId: number): Promise<TicketForParts | null> {
  const ticket = (await db('tickets')
    .where({ id: ticketId })
    .first('id', 'report_no', 'status', 'warranty_status')) as
    { id: number; report_no: string; status: string; warranty_status: string } | undefined;
  if (!ticket) return null;
  return {
    id: ticket.id,
    reportNo: ticket.report_no,
    status: ticket.status,
    warrantyStatus: ticket.warranty_status,
    quoteStatus: await latestQuoteStatus(db, ticketId),
  };
}

/** Why parts may not be requested for this ticket now, or null. */
export function requestPartsRefusal(ticket: TicketForParts, actor: Actor): Refusal | null {
  const role = roleRefusal(actor, 'request parts', REQUISITION_REQUEST);
  if (role) return role;
  if (CLOSED_FOR_PARTS.includes(ticket.status)) {
    return {
      code: 'RULE',
      reason: 'stock.ticketClosedForParts',
      params: { reportNo: ticket.reportNo },
      message: `Ticket ${ticket.reportNo} is ${ticket.status.replaceAll('_', ' ')}; parts cannot be requested for it`,
    };
  }
  // Policy 3.2: out of warranty, nothing beyond diagnosis until the customer approves.
  if (ticket.warrantyStatus !== 'covered' && ticket.quoteStatus !== 'approved') {
    return {
      code: 'RULE',
      reason: 'stock.needsApprovedQuote',
      params: { reportNo: ticket.reportNo },
      message: `Ticket ${ticket.reportNo} is not covered by warranty and the customer has not approved a quote; parts are requested once they do (policy 3.2)`,
    };
  }
  return null;
}

/**
 * Why none of the ticket's parts may be taken back now, or null: the stockroom takes back what is
 * out (requisitions/return refuses by requisitionRefusal, line by line).
 */
export function returnPartsRefusal(
  ticket: Pick<TicketForParts, 'reportNo'>,
  parts: readonly PartOut[],
  actor: Actor,
): Refusal | null {
  const role = roleRefusal(actor, 'take parts back', STOCK_WRITE);
  if (role) return role;
  if (parts.some((l) => outOf(l) > 0)) return null;
  return {
    code: 'RULE',
    reason: 'stock.nothingOutOnTicket',
    params: { reportNo: ticket.reportNo },
    message: `No part issued for ${ticket.reportNo} is out to return.`,
  };
}

export type PartsActions = { requestParts: Offer; returnParts: Offer };

export function partsActions(
  ticket: TicketForParts,
  parts: readonly PartOut[],
  actor: Actor,
): PartsActions {
  return {
    requestParts: offerOf(requestPartsRefusal(ticket, actor)),
    returnParts: offerOf(returnPartsRefusal(ticket, parts, actor)),
  };
}
