import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, TEST_PIN, type TestDepot } from '../testing/testCore';
import { startHttpServer, type RunningServer } from './httpServer';

let depot: TestDepot;
let server: RunningServer;
const TOKEN = 'test-token-0123456789-abcdefghijklmnop';
const SESSION = 'tab-1';

beforeEach(async () => {
  depot = await createTestDepot();
  const rendererDir = join(depot.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Depot</title>');
  server = await startHttpServer({ core: depot.core, rendererDir, port: 0, token: TOKEN });
});
afterEach(async () => {
  await server.close();
  await depot.close();
});

function api(
  channel: string,
  body: unknown,
  headers: Record<string, string> = {
    authorization: `Bearer ${TOKEN}`,
    'x-depot-session': SESSION,
  },
) {
  return fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const staffCount = async () =>
  Number((await depot.core.db('staff').count<{ n: number }[]>({ n: '*' }))[0].n);

describe('browser mode', () => {
  it('prints the documented listening line', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('refuses requests without the token and changes nothing', async () => {
    const before = await staffCount();
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: TOKEN },
    ];
    for (const headers of attempts) {
      const res = await api(
        'staff/create',
        { username: 'x1', displayName: 'X', roles: ['admin'], pin: '1111' },
        headers,
      );
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
    }
    expect(await staffCount()).toBe(before);
  });

  it('answers a call as { ok, data } for the session named by X-Depot-Session', async () => {
    const roster = await (await api('session/roster', {})).json();
    const boss = roster.data[0];
    const headers = { authorization: `Bearer ${TOKEN}`, 'x-depot-session': 'tab-1' };
    expect(
      (await (await api('session/signIn', { staffId: boss.id, pin: TEST_PIN }, headers)).json()).ok,
    ).toBe(true);
    const settings = await (await api('settings/get', {}, headers)).json();
    expect(settings).toMatchObject({ ok: true, data: { depot: { name: 'Depot' } } });
    // Another tab has its own session.
    const other = await (
      await api('settings/get', {}, { ...headers, 'x-depot-session': 'tab-2' })
    ).json();
    expect(other.error.code).toBe('UNAUTHENTICATED');
  });

  it('gives a field-level error for malformed input and writes nothing', async () => {
    const headers = { authorization: `Bearer ${TOKEN}`, 'x-depot-session': 'tab-1' };
    const boss = (await (await api('session/roster', {})).json()).data[0];
    await api('session/signIn', { staffId: boss.id, pin: TEST_PIN }, headers);
    const before = await staffCount();
    const res = await api(
      'staff/create',
      { username: 'ok_name', displayName: 'Fine', roles: ['wizard'], pin: 'abcd' },
      headers,
    );
    const body = await res.json();
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.details.issues.map((i: { field: string }) => i.field).sort()).toEqual([
      'pin',
      'roles.0',
    ]);
    expect(await staffCount()).toBe(before);
  });

  it('rejects a body that is not JSON', async () => {
    const res = await api('session/status', '{not json');
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/not valid JSON/);
  });

  it('404s an unknown channel', async () => {
    const res = await api('nothing/here', {});
    expect(res.status).toBe(404);
  });

  it('serves the app without a token but documents only with it', async () => {
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect((await fetch(`http://127.0.0.1:${server.port}/documents/1.pdf`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/../../etc/passwd`)).status).toBe(404);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/session/status',
          method: 'POST',
          headers: { host: 'evil.example', authorization: `Bearer ${TOKEN}` },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
  });
});
