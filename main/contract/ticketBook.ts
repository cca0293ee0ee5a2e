import { randomBytes } from 'node:crypto';

// Single-use, short-lived tickets that stand in a URL where a long-lived secret must not (issue
// 9, defect 3): opening one archived document, opening one browser-mode event stream. A ticket
// is good once and until it expires, and is kept in memory only: a restart forgets every ticket,
// which costs nothing but a click.

/** A ticket's characters: 32 random bytes, base64url, for route patterns. */
export const TICKET_SHAPE = '[A-Za-z0-9_-]{43}';
/** A whole string that has a ticket's shape. */
export const TICKET_PATTERN = new RegExp(`^${TICKET_SHAPE}$`);

export type IssuedTicket = { ticket: string; expiresAt: string };

export type TicketBook<T> = {
  issue: (payload: T) => IssuedTicket;
  /** The payload of a live ticket, which is used up by this call; null if unknown or expired. */
  take: (ticket: string) => T | null;
};

export function createTicketBook<T>(options: {
  now: () => Date;
  ttlMs: number;
  /** A script asking for tickets it never uses cannot grow memory without bound. */
  max: number;
}): TicketBook<T> {
  const open = new Map<string, { payload: T; expires: number }>();

  return {
    issue(payload) {
      const nowMs = options.now().getTime();
      for (const [ticket, entry] of open) if (entry.expires <= nowMs) open.delete(ticket);
      // The oldest first (a Map keeps insertion order).
      while (open.size >= options.max) open.delete(open.keys().next().value as string);
      const ticket = randomBytes(32).toString('base64url');
      const expires = nowMs + options.ttlMs;
      open.set(ticket, { payload, expires });
      return { ticket, expiresAt: new Date(expires).toISOString() };
    },
    take(ticket) {
      const entry = open.get(ticket);
      if (!entry) return null;
      open.delete(ticket);
      return entry.expires <= options.now().getTime() ? null : entry.payload;
    },
  };
}
