import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { Core } from '../core';
import { toErrorData } from '../contract/errors';
import { logError } from '../contract/logError';
import { rendererFileType } from '../contract/rendererFiles';
import { TICKET_SHAPE } from '../contract/ticketBook';
import { contentSecurityPolicy } from '../contract/contentSecurityPolicy';
import { BodyTooLarge, bodyLimitFor, readBody } from './bodyLimits';
import { createEventStream } from './eventStream';
import {
  badPath,
  checkJsonBody,
  checkOrigin,
  checkServerToken,
  decodePath,
  refusal,
  sessionKey,
  type Refusal,
} from './requestGuards';

// Browser mode (issue 2, item 3): the same handler map as the desktop app, over HTTP, for trying
// Depot without Electron and for end-to-end tests. It listens on 127.0.0.1 only, and every data
// request must carry the per-start token; the static app files are public (they hold no data).
// A call also names its tab (X-Depot-Session), comes from the app's own origin, if any, and is
// JSON (requestGuards.ts); its body may be as large as its channel promises (bodyLimits.ts).

// The same policy as the Electron shell and the built index.html (issue 9, defect 11).
const CSP = contentSecurityPolicy();
/** A document opened with a documents/open ticket. */
const DOCUMENT_PATH = new RegExp(`^/documents/(${TICKET_SHAPE})\\.pdf$`);
export type HttpServerOptions = {
  core: Core;
  rendererDir: string;
  port?: number;
  /** At least 32 URL-safe characters (DEPOT_TOKEN); a random one when not given. */
  token?: string;
  /** The clock of the events tickets' 60 seconds. */
  now?: () => Date;
};
export type RunningServer = {
  server: Server;
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
};

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(json);
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  send(res, refusal.status, { ok: false, error: refusal.error });
}

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { core, rendererDir } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  checkServerToken(token);
  const events = createEventStream(core.events, options.now ?? (() => new Date()));
  let port = options.port ?? 0;

  function allowedHost(req: IncomingMessage): boolean {
    // Refuses DNS-rebinding: a page on another name that resolves to 127.0.0.1.
    const host = req.headers.host ?? '';
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!events.open(url.searchParams.get('ticket'), req, res)) {
        return refuse(
          res,
          refusal(401, 'UNAUTHENTICATED', 'core.eventsTicketGone', {
            message: 'Missing, used or expired events ticket.',
          }),
        );
      }
      return;
    }
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!sameToken(bearer, token)) return refuse(res, badToken());
    if (req.method !== 'POST') {
      return refuse(res, refusal(405, 'VALIDATION', 'core.usePost', { message: 'Use POST.' }));
    }
    const notJson = checkJsonBody(req);
    if (notJson) return refuse(res, notJson);
    const clientKey = sessionKey(req);
    if (typeof clientKey !== 'string') return refuse(res, clientKey);
    const channel = decodePath(url.pathname.slice('/api/'.length));
    if (channel === null) return refuse(res, badPath());
    // Not a channel of the core: the ticket an EventSource opens the stream with.
    if (channel === 'events/ticket') return send(res, 200, { ok: true, data: events.issue() });
    let input: unknown;
    try {
      const body = await readBody(req, bodyLimitFor(channel));
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) {
        return refuse(
          res,
          refusal(400, 'VALIDATION', 'core.bodyNotJson', {
            message: 'Request body is not valid JSON.',
          }),
        );
      }
      return refuse(
        res,
        refusal(413, 'VALIDATION', 'core.bodyTooLarge', {
          params: { maxBytes: error.maxBytes },
          message: `Request body is too large: ${channel} takes at most ${error.maxBytes} bytes.`,
          details: { maxBytes: error.maxBytes },
        }),
      );
    }
    const result = await core.invoke(clientKey, channel, input);
    send(res, !result.ok && result.error.code === 'UNKNOWN_CHANNEL' ? 404 : 200, result);
  }

  // Issue 9, defect 3: a document is shown for a single-use ticket from documents/open (valid
  // 60 s, bound to the session that asked), never for the long-lived token: the URL a tab keeps
  // in its history is worthless once used. The core re-checks the session and role and audits.
  async function handleDocument(res: ServerResponse, url: URL): Promise<void> {
    const match = DOCUMENT_PATH.exec(url.pathname);
    if (!match) return refuse(res, notFound());
    try {
      const { id, kind, pdf } = await core.takeDocument(match[1]);
      res.writeHead(200, {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${kind}-${id}.pdf"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      res.end(pdf);
    } catch (error) {
      const data = toErrorData(error);
      const status: Record<string, number> = {
        NOT_FOUND: 404,
        UNAUTHENTICATED: 401,
        SESSION_LOCKED: 401,
        FORBIDDEN: 403,
        CONFLICT: 409, // the archived file is missing or altered
      };
      send(res, status[data.code] ?? 500, { ok: false, error: data });
    }
  }

  async function handleStatic(res: ServerResponse, url: URL): Promise<void> {
    const path = decodePath(url.pathname);
    if (path === null) return refuse(res, badPath());
    const rel = path === '/' ? 'index.html' : path.slice(1);
    const file = normalize(join(rendererDir, rel));
    if (!file.startsWith(normalize(rendererDir) + sep)) return refuse(res, notFound());
    try {
      if (!(await stat(file)).isFile()) return refuse(res, notFound());
      const body = await readFile(file);
      const type = rendererFileType(file);
      res.writeHead(200, {
        'content-type': type,
        'x-content-type-options': 'nosniff',
        ...(type.startsWith('text/html') && {
          'content-security-policy': CSP,
          'cache-control': 'no-store',
        }),
      });
      res.end(body);
    } catch {
      refuse(res, notFound());
    }
  }

  const server = createServer((req, res) => {
    if (!allowedHost(req)) {
      return refuse(
        res,
        refusal(421, 'FORBIDDEN', 'core.unexpectedHost', { message: 'Unexpected Host header.' }),
      );
    }
    const foreign = checkOrigin(req, port);
    if (foreign) return refuse(res, foreign);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return refuse(res, badPath());
    }
    const work = url.pathname.startsWith('/api/')
      ? handleApi(req, res, url)
      : url.pathname.startsWith('/documents/')
        ? handleDocument(res, url)
        : handleStatic(res, url);
    work.catch((error: unknown) => {
      logError(`browser mode ${req.method ?? ''}`, error);
      if (!res.headersSent) send(res, 500, { ok: false, error: toErrorData(error) });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : port;
  const url = `http://127.0.0.1:${port}/?token=${token}`;

  return {
    server,
    url,
    port,
    token,
    close: async () => {
      events.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const badToken = (): Refusal =>
  refusal(401, 'UNAUTHENTICATED', 'core.badToken', { message: 'Missing or wrong Depot token.' });

const notFound = (): Refusal =>
  refusal(404, 'NOT_FOUND', 'core.pathNotFound', { message: 'Not found.' });
