import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHttpServer } from './httpServer';
import { startTestServer, type TestServer } from './testServer';

// Issue 9, defects 8 and 9: what browser mode refuses before a request reaches the core.

let t: TestServer;
let session: string;
beforeEach(async () => {
  t = await startTestServer();
  session = t.newSession();
});
afterEach(() => t.close());

/** A raw request, for paths and headers fetch() would normalise. */
function raw(path: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: t.server.port, path, method, headers: {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the browser-mode token', () => {
  it.each(['', 'short', 'x'.repeat(31)])(
    'is refused at start when shorter than 32 characters (%j)',
    async (token) => {
      const rendererDir = mkdtempSync(join(tmpdir(), 'depot-renderer-'));
      const start = startHttpServer({ core: t.depot.core, rendererDir, port: 0, token });
      await expect(start).rejects.toMatchObject({
        code: 'VALIDATION',
        message: expect.stringMatching(/DEPOT_TOKEN.*32 characters/),
      });
    },
  );

  it('is refused at start when it holds characters a URL or header would mangle', async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'depot-renderer-'));
    const token = `${'a'.repeat(32)}&x=1 #`;
    await expect(
      startHttpServer({ core: t.depot.core, rendererDir, port: 0, token }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('the Origin header', () => {
  it.each(['http://evil.example', 'null', `http://127.0.0.1:${1}`])(
    'refuses a call from another origin (%s) before the core sees it',
    async (origin) => {
      const invoke = vi.spyOn(t.depot.core, 'invoke');
      const { status, body } = await t.call('app/info', {}, session, { origin });
      expect(status).toBe(403);
      expect(body.error).toMatchObject({ code: 'FORBIDDEN', details: { origin } });
      expect(invoke).not.toHaveBeenCalled();
    },
  );

  it("accepts the app's own origin, by address or by localhost, and a client sending none", async () => {
    for (const origin of [t.origin, `http://localhost:${t.server.port}`, undefined]) {
      const { status, body } = await t.call('app/info', {}, session, { origin });
      expect(status).toBe(200);
      expect(body.ok).toBe(true);
    }
  });
});

describe('the Content-Type of a call', () => {
  it.each([
    ['text/plain (what a cross-site form can send)', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['left out (fetch then sends text/plain)', undefined],
  ])('must be application/json: %s is refused with 415', async (_label, type) => {
    const invoke = vi.spyOn(t.depot.core, 'invoke');
    const { status, body } = await t.call('app/info', {}, session, { 'content-type': type });
    expect(status).toBe(415);
    expect(body.error).toMatchObject({ code: 'VALIDATION' });
    expect(body.error?.message).toMatch(/application\/json/);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('accepts application/json with a charset', async () => {
    const { status } = await t.call('app/info', {}, session, {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(status).toBe(200);
  });
});

describe('a malformed path', () => {
  it('gets a structured 400, not a 500, for a page', async () => {
    const { status, body } = await raw('/%E0%A4%A');
    expect(status).toBe(400);
    expect(JSON.parse(body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('gets a structured 400 for a request line no URL parser accepts, and the server lives on', async () => {
    // Such a URL used to throw inside the request handler, outside any catch: the process died.
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(t.server.port, '127.0.0.1', () => {
        socket.write(
          `GET http://[/x HTTP/1.1\r\nHost: 127.0.0.1:${t.server.port}\r\nConnection: close\r\n\r\n`,
        );
      });
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply).toContain('"ok":false,"error":{"code":"VALIDATION"');
    expect((await t.call('app/info', {}, session)).status).toBe(200);
  });

  it('gets a structured 400, not a 500, for a call', async () => {
    const res = await t.post('/api/%E0%A4%A', {}, { 'x-depot-session': session });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
