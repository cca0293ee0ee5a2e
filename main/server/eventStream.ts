import type { IncomingMessage, ServerResponse } from 'node:http';
import { createTicketBook, type IssuedTicket } from '../contract/ticketBook';
import type { CoreEventName, CoreEvents } from '../events';

// Core events in browser mode: one server-sent-events stream per tab. EventSource cannot send
// headers, so the stream opens with a ticket in its URL instead of the long-lived token (issue 9:
// no long-lived secret in a URL). A ticket comes from an authenticated POST, is good for one
// stream and for 60 seconds, and is kept in memory only.

export const EVENTS_TICKET_TTL_MS = 60_000;
/** A script asking for tickets it never uses cannot grow the server's memory without bound. */
const MAX_OPEN_TICKETS = 100;
// A record, so that a new core event fails the type check until it is streamed (or left out here
// on purpose). data/changed names records and who changed them, never their content.
const STREAMED: Record<CoreEventName, true> = {
  'core/progress': true,
  'updater/status': true,
  'data/changed': true,
};
const EVENTS = Object.keys(STREAMED) as CoreEventName[];

export type EventsTicket = IssuedTicket;

export type EventStream = {
  /** Hands out a ticket for one stream (the caller has checked the token and session). */
  issue: () => EventsTicket;
  /** Opens the stream for a live ticket, using it up; false when the ticket is not good. */
  open: (ticket: string | null, req: IncomingMessage, res: ServerResponse) => boolean;
  close: () => void;
};

export function createEventStream(events: CoreEvents, now: () => Date): EventStream {
  const tickets = createTicketBook<true>({
    now,
    ttlMs: EVENTS_TICKET_TTL_MS,
    max: MAX_OPEN_TICKETS,
  });
  const streams = new Set<ServerResponse>();
  const unsubscribe = EVENTS.map((event) =>
    events.on(event, (payload) => {
      const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
      for (const res of streams) res.write(data);
    }),
  );

  return {
    issue: () => tickets.issue(true),
    open(ticket, req, res) {
      if (ticket === null || tickets.take(ticket) === null) return false;
      // Registered before the answer, so an event emitted once the client sees 200 arrives.
      streams.add(res);
      req.on('close', () => streams.delete(res));
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      return true;
    },
    close() {
      unsubscribe.forEach((off) => off());
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}
