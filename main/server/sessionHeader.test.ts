import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from './testServer';

// Issue 9, defect 4: a request without its tab's session id used to fall back to one shared
// `default` session, so two clients became the same signed-in person. Now it is refused before
// the core sees it.

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(() => t.close());

describe('the X-Depot-Session header', () => {
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['over 100 characters', 'a'.repeat(101)],
    ['not letters, digits, - or _', 'tab one with spaces!'],
  ])('is refused when %s, with a clear error and no core call', async (_label, session) => {
    const invoke = vi.spyOn(t.depot.core, 'invoke');
    const res = await t.post('/api/app/info', {}, { 'x-depot-session': session });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        reason: 'core.sessionHeaderMissing',
        params: { header: 'X-Depot-Session' },
        details: { header: 'X-Depot-Session' },
      },
    });
    expect(body.error.message).toMatch(/X-Depot-Session/);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('keeps two clients without the header apart: neither is signed in by the other', async () => {
    // Client A signs in without a session id; client B, also without one, asks for settings.
    const roster = await t.call('session/roster', {}, t.newSession());
    const boss = (roster.body.data as { id: number }[])[0];
    const a = await t.post(
      '/api/session/signIn',
      { staffId: boss.id, pin: '4321' },
      { 'x-depot-session': undefined },
    );
    const b = await t.post('/api/settings/get', {}, { 'x-depot-session': undefined });
    expect((await a.json()).ok).toBe(false);
    const reply = await b.json();
    expect(reply.ok).toBe(false);
    expect(reply.data).toBeUndefined();
  });

  it('accepts a per-tab id of up to 100 characters, one session each', async () => {
    const tab1 = t.newSession();
    await t.signInBoss(tab1);
    expect((await t.call('settings/get', {}, tab1)).body.ok).toBe(true);
    expect((await t.call('settings/get', {}, 'x'.repeat(100))).body.error?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
