import { createTicketBook, type IssuedTicket } from '../contract/ticketBook';

// Short-lived, single-use tickets for opening one archived document (issue 9, defect 3). A
// document's URL carries a ticket, never a long-lived secret: it is good for one view, by the
// session that asked for it, of the one document it names, for 60 seconds.

export const TICKET_TTL_MS = 60_000;
const MAX_OPEN_TICKETS = 1_000;

export type DocumentTicket = IssuedTicket;
export type TicketClaim = { clientKey: string; documentId: number };

export type DocumentTickets = {
  issue: (clientKey: string, documentId: number) => DocumentTicket;
  /** The claim of a live ticket, which is used up by this call; null if unknown or expired. */
  take: (ticket: string) => TicketClaim | null;
};

export function createDocumentTickets(deps: { now: () => Date }): DocumentTickets {
  const book = createTicketBook<TicketClaim>({
    now: deps.now,
    ttlMs: TICKET_TTL_MS,
    max: MAX_OPEN_TICKETS,
  });
  return {
    issue: (clientKey, documentId) => book.issue({ clientKey, documentId }),
    take: (ticket) => book.take(ticket),
  };
}
