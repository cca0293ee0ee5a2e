import { randomBytes } from 'node:crypto';

// Short-lived, single-use tickets for opening one archived document (issue 9, defect 3). A
// document's URL carries a ticket, never a long-lived secret: it is good for one view, by the
// session that asked for it, of the one document it names, for 60 seconds. Kept in memory only:
// a restart forgets every ticket, which costs nothing but a click.

export const TICKET_TTL_MS = 60_000;
/** A script asking for tickets it never uses cannot grow the core's memory without bound. */
const MAX_OPEN_TICKETS = 1_000;

export type DocumentTicket = { ticket: string; expiresAt: string };
export type TicketClaim = { clientKey: string; documentId: number };

export type DocumentTickets = {
  issue: (clientKey: string, documentId: number) => DocumentTicket;
  /** The claim of a live ticket, which is used up by this call; null if unknown or expired. */
  take: (ticket: string) => TicketClaim | null;
};

/** 32 random bytes, base64url: 43 characters of [A-Za-z0-9_-]. */
export const TICKET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function createDocumentTickets(deps: { now: () => Date }): DocumentTickets {
  const open = new Map<string, TicketClaim & { expires: number }>();

  function dropExpired(nowMs: number): void {
    for (const [ticket, claim] of open) if (claim.expires <= nowMs) open.delete(ticket);
  }

  return {
    issue(clientKey, documentId) {
      const nowMs = deps.now().getTime();
      dropExpired(nowMs);
      // The oldest first (a Map keeps insertion order).
      while (open.size >= MAX_OPEN_TICKETS) open.delete(open.keys().next().value as string);
      const ticket = randomBytes(32).toString('base64url');
      const expires = nowMs + TICKET_TTL_MS;
      open.set(ticket, { clientKey, documentId, expires });
      return { ticket, expiresAt: new Date(expires).toISOString() };
    },
    take(ticket) {
      const claim = open.get(ticket);
      if (!claim) return null;
      open.delete(ticket);
      if (claim.expires <= deps.now().getTime()) return null;
      return { clientKey: claim.clientKey, documentId: claim.documentId };
    },
  };
}
