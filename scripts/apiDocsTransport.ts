import { BODY_LIMITS, DEFAULT_BODY_BYTES } from '../main/server/bodyLimits';
import { EVENTS_TICKET_TTL_MS } from '../main/server/eventStream';
import { MIN_TOKEN_LENGTH, SESSION_HEADER } from '../main/server/requestGuards';

// The browser-mode part of docs/api.md: how a call travels over HTTP and what the server refuses
// before the core sees it. Figures come from the server's own constants, so they cannot drift.

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export function renderTransportDocs(): string[] {
  const limits = Object.entries(BODY_LIMITS)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([channel, bytes]) => `| \`${channel}\` | ${mb(bytes)} (${bytes} bytes) |`);
  return [
    '## Browser mode (HTTP)',
    '',
    '`npm run serve -- --db <file>` prints `Depot listening on http://127.0.0.1:<port>/?token=<token>`.',
    'The server listens on 127.0.0.1 only and answers only a `Host` of `127.0.0.1:<port>` or',
    '`localhost:<port>` (421 otherwise: DNS rebinding).',
    '',
    `- **Token.** Random per start, or \`DEPOT_TOKEN\`: at least ${MIN_TOKEN_LENGTH} characters of letters,`,
    '  digits and `. _ ~ -`; a shorter one stops the start. The page reads it once from `?token=`,',
    '  keeps it in the tab (sessionStorage) and removes it from the address bar. Every call sends',
    '  `Authorization: Bearer <token>` (401 `UNAUTHENTICATED` without it). It never travels in a',
    '  URL again: the events stream and documents open with single-use tickets (below).',
    `- **Session.** Every call sends \`${SESSION_HEADER}: <id>\`, the tab's own random id`,
    '  (`crypto.randomUUID()`, kept in sessionStorage): 1 to 100 letters, digits, `-` or `_`. Each id',
    '  is one workstation for the core (who is signed in, the idle lock). A call without it, or with',
    `  a longer or malformed one, gets 400 \`VALIDATION\` with \`details.header: "${SESSION_HEADER}"\`;`,
    '  two clients never share a sign-in.',
    '- **Content type.** A call is `POST` with `Content-Type: application/json` (415 otherwise; a',
    '  cross-site form cannot send that type without the browser asking first).',
    '- **Origin.** A request that names an `Origin` must come from `http://127.0.0.1:<port>` or',
    '  `http://localhost:<port>` (403 `FORBIDDEN` otherwise). Programs that send none still need',
    '  the token.',
    `- **Body size.** At most ${mb(DEFAULT_BODY_BYTES)}, except the channels below, whose limits follow`,
    '  what their schemas accept (a 5 MB photo as base64, a 20 MB CSV file as a JSON string, which',
    '  may double it); a larger body gets 413 `VALIDATION` with `details.maxBytes`.',
    '',
    '| channel | largest body |',
    '| --- | --- |',
    ...limits,
    '',
    '**Events** (`core/progress`, `updater/status`). An EventSource cannot send headers, so:',
    '`POST /api/events/ticket` with the headers above answers',
    '`{ "ok": true, "data": { "ticket", "expiresAt" } }`; then',
    '`GET /api/events?ticket=<ticket>` is a `text/event-stream` whose messages are',
    `\`data: { "event", "payload" }\`. A ticket opens one stream, within ${EVENTS_TICKET_TTL_MS / 1000}`,
    'seconds; a used, expired or unknown one gets 401. After the stream drops, ask for a new ticket.',
    '',
    '**Documents.** Call `documents/open` with `{ documentId }`; it answers',
    '`{ documentId, ticket, expiresAt }` if the signed-in, unlocked session may read that kind of',
    'document. Open `GET /documents/<ticket>.pdf` (no token, no headers: a new tab can open it) within',
    '60 seconds, once, from the session that asked; the core checks the session and role again and',
    'audits the view. The transport builds this URL as `documentUrl(ticket)`; the desktop app',
    'uses `depot-doc://document/<ticket>` the same way. Refusals: 404 (unknown, used or expired',
    'ticket), 401 (signed out or locked), 403 (role), 409 (archived file missing or altered).',
    '',
    '**Statuses.** 200 for every answer of the core, refusals included (`ok: false`); 404 for an',
    'unknown channel; 400 for a body that is not JSON, a missing session id or a path that is not',
    'valid %-encoding; 401, 403, 405 (not POST), 413, 415 and 421 as above.',
    '',
  ];
}
