import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, TEST_PIN, type TestDepot } from '../testing/testCore';
import { startHttpServer, type RunningServer } from './httpServer';

// Issue 9, defect 3, in browser mode: GET /documents/<ticket>.pdf serves a document once, for a
// ticket from documents/open; the long-lived token in a URL serves nothing any more.

let depot: TestDepot;
let server: RunningServer;
const TOKEN = 'document-route-token-0123456789abcdef';
const SESSION = 'tab-documents-1';

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

const origin = () => `http://127.0.0.1:${server.port}`;

/** A call as the page in the tab makes it: token, session id, JSON. */
async function api<T>(channel: string, body: unknown): Promise<T> {
  const res = await fetch(`${origin()}/api/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${TOKEN}`,
      'x-depot-session': SESSION,
      origin: origin(),
    },
    body: JSON.stringify(body),
  });
  const result = (await res.json()) as { ok: boolean; data?: T; error?: unknown };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

async function signedInWithSample(): Promise<number> {
  const roster = await api<{ id: number }[]>('session/roster', {});
  await api('session/signIn', { staffId: roster[0].id, pin: TEST_PIN });
  return (await api<{ id: number }>('documents/sample', { language: 'zh-TW' })).id;
}

const ticketFor = async (documentId: number) =>
  (await api<{ ticket: string }>('documents/open', { documentId })).ticket;

const viewsOf = async (documentId: number) =>
  (
    await depot.core
      .db('audit_log')
      .where({ entity: 'document', entity_id: String(documentId), action: 'view' })
      .select('id')
  ).length;

describe('GET /documents/<ticket>.pdf', () => {
  it('serves the document once for a ticket, with no token in the URL, and audits the view', async () => {
    const id = await signedInWithSample();
    const url = `${origin()}/documents/${await ticketFor(id)}.pdf`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(
      Buffer.from(await first.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const again = await fetch(url);
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await viewsOf(id)).toBe(1);
  });

  it('no longer serves a document by its id and the token', async () => {
    const id = await signedInWithSample();
    for (const path of [`/documents/${id}.pdf?token=${TOKEN}`, `/documents/${id}.pdf`]) {
      const res = await fetch(`${origin()}${path}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).not.toBe('application/pdf');
    }
    expect(await viewsOf(id)).toBe(0);
  });

  it('refuses a ticket whose session locked in the meantime, as structured data', async () => {
    const id = await signedInWithSample();
    const ticket = await ticketFor(id);
    await api('session/lock', {});
    const res = await fetch(`${origin()}/documents/${ticket}.pdf`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(await viewsOf(id)).toBe(0);
  });

  it('answers 404 for a made-up ticket', async () => {
    const res = await fetch(`${origin()}/documents/${'x'.repeat(43)}.pdf`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
