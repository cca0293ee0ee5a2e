import { Agent, request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../core';
import type { Role } from '../contract/roles';
import { resourcesDir } from '../cli/paths';
import { DEMO_PIN, seedDemo } from '../seed/demo';
import { startHttpServer, type RunningServer } from '../server/httpServer';

// The demo depot served in browser mode, called exactly as the renderer's HTTP transport calls
// it (renderer/src/bridge/httpTransport.ts): POST /api/<channel>, JSON body, the start token as
// a bearer, the tab's own X-Depot-Session, and the page's Origin. The standing proofs of issue 9
// (bad-input corpus, permission matrix) run against it.

export type Reply = {
  status: number;
  body: { ok: boolean; data?: unknown; error?: { code?: string; message?: string } };
};

export type HttpDepot = {
  core: Core;
  server: RunningServer;
  /** One call from the browser tab `session`. */
  call: (session: string, channel: string, input: unknown) => Promise<Reply>;
  /** Creates a staff member with these roles (as the demo admin) and signs them in on `session`. */
  signedIn: (session: string, roles: Role[]) => Promise<number>;
  close: () => Promise<void>;
};

const PIN = '2580';

export async function startHttpDepot(): Promise<HttpDepot> {
  const dir = mkdtempSync(join(tmpdir(), 'depot-http-'));
  const core = await openCore({
    dbFile: join(dir, 'depot.sqlite'),
    dataDir: join(dir, 'data'),
    resourcesDir,
    host: { kind: 'test', version: '0.0.0-test' },
  });
  await seedDemo(core.db, new Date());
  await core.services.settings.load(core.db);
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Depot</title>');
  const server = await startHttpServer({ core, rendererDir, port: 0 });
  const origin = `http://127.0.0.1:${server.port}`;

  // node:http with kept-alive connections: the corpus sends thousands of calls, and fetch's
  // overhead would double the test's time on a busy machine.
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });

  function post(path: string, headers: Record<string, string>, body: string) {
    return new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path, method: 'POST', agent, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  async function call(session: string, channel: string, input: unknown): Promise<Reply> {
    // JSON.stringify writes a lone surrogate as its \u escape, as the browser would.
    const body = JSON.stringify(input);
    const { status, text } = await post(
      `/api/${channel}`,
      {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
        Authorization: `Bearer ${server.token}`,
        'X-Depot-Session': session,
        Origin: origin,
      },
      body,
    );
    let parsed: Reply['body'];
    try {
      parsed = JSON.parse(text) as Reply['body'];
    } catch {
      parsed = { ok: false, error: { code: `(not JSON: ${text.slice(0, 80)})` } };
    }
    return { status, body: parsed };
  }

  async function expectOk(reply: Reply, what: string): Promise<unknown> {
    if (!reply.body.ok) throw new Error(`${what} failed: ${JSON.stringify(reply.body)}`);
    return reply.body.data;
  }

  const roster = (await expectOk(await call('setup', 'session/roster', {}), 'roster')) as {
    id: number;
    username: string;
  }[];
  const admin = roster.find((s) => s.username === 'admin');
  if (!admin) throw new Error('The demo depot has no admin');
  await expectOk(
    await call('setup', 'session/signIn', { staffId: admin.id, pin: DEMO_PIN }),
    'admin sign-in',
  );

  let count = 0;
  return {
    core,
    server,
    call,
    async signedIn(session, roles) {
      count += 1;
      const staff = (await expectOk(
        await call('setup', 'staff/create', {
          username: `probe${count}`,
          displayName: `Probe ${count} ${roles.join(' ')}`,
          roles,
          pin: PIN,
        }),
        'staff/create',
      )) as { id: number };
      await expectOk(
        await call(session, 'session/signIn', { staffId: staff.id, pin: PIN }),
        'sign-in',
      );
      return staff.id;
    },
    async close() {
      agent.destroy();
      await server.close();
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
