import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDepot, TEST_PIN, type TestDepot } from '../testing/testCore';
import { startHttpServer, type RunningServer } from './httpServer';

// Browser-mode tests go through real HTTP requests, as the browser-mode transport sends them:
// bearer token, JSON content type and a per-tab session id. Each header can be left out
// (`undefined`) or replaced, to check what the server refuses.

/** 40 characters: long enough for the server's token rule. */
export const TEST_TOKEN = 'browser-mode-test-token-0123456789abcdef';

export type HeaderPatch = Record<string, string | undefined>;

export type TestServer = {
  depot: TestDepot;
  server: RunningServer;
  origin: string;
  /** A fresh per-tab session id, as the renderer makes one (crypto.randomUUID()). */
  newSession: () => string;
  /** POST to a path under the server with the transport's headers, changed by `headers`. */
  post: (path: string, body: unknown, headers?: HeaderPatch) => Promise<Response>;
  /** Calls a channel as the tab `session` and returns the status and the JSON reply. */
  call: (
    channel: string,
    input: unknown,
    session: string,
    headers?: HeaderPatch,
  ) => Promise<{ status: number; body: ReplyBody }>;
  /** Signs the first admin ("boss") in on the tab `session`. */
  signInBoss: (session: string) => Promise<void>;
  close: () => Promise<void>;
};

export type ReplyBody = {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: string; details?: Record<string, unknown> };
};

export async function startTestServer(options: { token?: string } = {}): Promise<TestServer> {
  const depot = await createTestDepot();
  const rendererDir = join(depot.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Depot</title>');
  const token = options.token ?? TEST_TOKEN;
  const server = await startHttpServer({
    core: depot.core,
    rendererDir,
    port: 0,
    token,
    now: () => depot.clock.now,
  });
  const origin = `http://127.0.0.1:${server.port}`;

  async function post(path: string, body: unknown, headers: HeaderPatch = {}): Promise<Response> {
    const all: HeaderPatch = {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...headers,
    };
    const sent = Object.fromEntries(
      Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    return fetch(`${origin}${path}`, {
      method: 'POST',
      headers: sent,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  async function call(channel: string, input: unknown, session: string, headers: HeaderPatch = {}) {
    const res = await post(`/api/${channel}`, input, { 'x-depot-session': session, ...headers });
    return { status: res.status, body: (await res.json()) as ReplyBody };
  }

  return {
    depot,
    server,
    origin,
    newSession: () => randomUUID(),
    post,
    call,
    async signInBoss(session) {
      const roster = await call('session/roster', {}, session);
      const boss = (roster.body.data as { id: number; username: string }[]).find(
        (s) => s.username === 'boss',
      );
      const signIn = await call('session/signIn', { staffId: boss?.id, pin: TEST_PIN }, session);
      if (!signIn.body.ok) throw new Error(`sign-in refused: ${JSON.stringify(signIn.body)}`);
    },
    async close() {
      await server.close();
      await depot.close();
    },
  };
}
