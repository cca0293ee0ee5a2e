import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, TEST_TOKEN, type TestServer } from './testServer';

// Issue 9, defect 3's rule for browser mode: no long-lived secret in a URL. EventSource cannot
// send headers, so the stream is opened with a short-lived, single-use ticket that an
// authenticated POST hands out.

let t: TestServer;
let session: string;
beforeEach(async () => {
  t = await startTestServer();
  session = t.newSession();
});
afterEach(() => t.close());

async function ticket(): Promise<{ ticket: string; expiresAt: string }> {
  const res = await t.post('/api/events/ticket', {}, { 'x-depot-session': session });
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body.ok).toBe(true);
  return body.data;
}

/** Reads a stream until `text` has arrived (the test waits on what was sent, not on time). */
async function readUntil(res: Response, text: string): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let seen = '';
  while (!seen.includes(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    seen += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return seen;
}

const stream = (query: string) => fetch(`${t.origin}/api/events?${query}`);

describe('the events stream', () => {
  it('no longer opens with the long-lived token in the URL', async () => {
    const res = await stream(`token=${TEST_TOKEN}`);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
  });

  it('hands out a ticket only with the bearer token and a session id', async () => {
    const noToken = await t.post(
      '/api/events/ticket',
      {},
      { authorization: undefined, 'x-depot-session': session },
    );
    expect(noToken.status).toBe(401);
    const noSession = await t.post('/api/events/ticket', {}, {});
    expect(noSession.status).toBe(400);
  });

  it('opens with a fresh ticket and carries core events', async () => {
    const { ticket: id, expiresAt } = await ticket();
    expect(Date.parse(expiresAt) - t.depot.clock.now.getTime()).toBe(60_000);
    const res = await stream(`ticket=${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    // The server registers the stream before it answers, so an event emitted now is delivered.
    t.depot.core.events.emit('core/progress', { task: 'stocktake', done: 1, total: 2 });
    expect(await readUntil(res, 'stocktake')).toContain(
      `data: ${JSON.stringify({ event: 'core/progress', payload: { task: 'stocktake', done: 1, total: 2 } })}`,
    );
  });

  it('carries what a committed write changed, after the write answers (issue 11, item 3)', async () => {
    const { ticket: id } = await ticket();
    const res = await stream(`ticket=${id}`);
    expect(res.status).toBe(200);
    await t.depot.admin.call('settings/update', { depot: { name: 'North Depot' } });
    const seen = await readUntil(res, 'settings/update');
    const line = seen.split('\n').find((l) => l.includes('data/changed'))!;
    const message = JSON.parse(line.slice('data: '.length)) as {
      event: string;
      payload: { changes: unknown; by: { displayName: string }; channel: string };
    };
    expect(message.event).toBe('data/changed');
    expect(message.payload).toMatchObject({
      changes: [{ entity: 'settings', id: 'depot' }],
      channel: 'settings/update',
    });
    expect(message.payload.by.displayName).toBeTruthy();
  });

  it('refuses a ticket used twice, an expired one and an unknown one', async () => {
    const first = await ticket();
    const opened = await stream(`ticket=${first.ticket}`);
    expect(opened.status).toBe(200);
    await opened.body?.cancel();
    expect((await stream(`ticket=${first.ticket}`)).status).toBe(401);

    const late = await ticket();
    t.depot.clock.advanceMinutes(1);
    expect((await stream(`ticket=${late.ticket}`)).status).toBe(401);

    expect((await stream(`ticket=${'A'.repeat(43)}`)).status).toBe(401);
    expect((await stream('')).status).toBe(401);
  });
});
