import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Core } from '../core';
import type { CoreEventName } from '../events';
import { toErrorData } from '../contract/errors';

// Browser mode (issue 2, item 3): the same handler map as the desktop app, over HTTP, for trying
// Depot without Electron and for end-to-end tests. It listens on 127.0.0.1 only, and every data
// request must carry the per-start token; the static app files are public (they hold no data).

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const EVENTS: CoreEventName[] = ['core/progress', 'updater/status'];

export type HttpServerOptions = { core: Core; rendererDir: string; port?: number; token?: string };
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

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { core, rendererDir } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  const unsubscribe = EVENTS.map((event) =>
    core.events.on(event, (payload) => {
      const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
      for (const res of streams) res.write(data);
    }),
  );
  let port = options.port ?? 0;

  function allowedHost(req: IncomingMessage): boolean {
    // Refuses DNS-rebinding: a page on another name that resolves to 127.0.0.1.
    const host = req.headers.host ?? '';
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!sameToken(url.searchParams.get('token'), token)) return send(res, 401, unauthorized());
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (!sameToken(bearer, token)) return send(res, 401, unauthorized());
    if (req.method !== 'POST')
      return send(res, 405, { ok: false, error: { code: 'VALIDATION', message: 'Use POST.' } });
    const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch (error) {
      const tooLarge = error instanceof Error && error.message === 'too large';
      return send(res, tooLarge ? 413 : 400, {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: tooLarge ? 'Request body is too large.' : 'Request body is not valid JSON.',
        },
      });
    }
    const session = req.headers['x-depot-session'];
    const clientKey = `http:${typeof session === 'string' && session.length <= 100 ? session : 'default'}`;
    const result = await core.invoke(clientKey, channel, input);
    send(res, !result.ok && result.error.code === 'UNKNOWN_CHANNEL' ? 404 : 200, result);
  }

  async function handleDocument(res: ServerResponse, url: URL): Promise<void> {
    if (!sameToken(url.searchParams.get('token'), token)) return send(res, 401, unauthorized());
    const match = /^\/documents\/(\d+)\.pdf$/.exec(url.pathname);
    if (!match) return send(res, 404, notFound());
    try {
      const { pdf, kind } = await core.readDocument(Number(match[1]));
      res.writeHead(200, {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${kind}-${match[1]}.pdf"`,
        'cache-control': 'no-store',
      });
      res.end(pdf);
    } catch (error) {
      const data = toErrorData(error);
      send(res, data.code === 'NOT_FOUND' ? 404 : 500, { ok: false, error: data });
    }
  }

  async function handleStatic(res: ServerResponse, url: URL): Promise<void> {
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).slice(1);
    const file = normalize(join(rendererDir, rel));
    if (!file.startsWith(normalize(rendererDir) + sep)) return send(res, 404, notFound());
    try {
      if (!(await stat(file)).isFile()) return send(res, 404, notFound());
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
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
      send(res, 404, notFound());
    }
  }

  const server = createServer((req, res) => {
    if (!allowedHost(req))
      return send(res, 421, {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Unexpected Host header.' },
      });
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const work = url.pathname.startsWith('/api/')
      ? handleApi(req, res, url)
      : url.pathname.startsWith('/documents/')
        ? handleDocument(res, url)
        : handleStatic(res, url);
    work.catch((error: unknown) => {
      console.error('[depot] http:', error);
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
      unsubscribe.forEach((off) => off());
      for (const res of streams) res.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function unauthorized() {
  return {
    ok: false,
    error: { code: 'UNAUTHENTICATED', message: 'Missing or wrong Depot token.' },
  };
}

function notFound() {
  return { ok: false, error: { code: 'NOT_FOUND', message: 'Not found.' } };
}
