import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../handlers';
import { ROLES, type Access, type Role } from '../contract/roles';
import { changedTables, dbChecksum } from '../testing/dbChecksum';
import { startHttpDepot, type HttpDepot } from '../testing/httpDepot';

// Standing proof of issue 9, "permission matrix": every channel of the contract, called through
// the HTTP transport by a staff member holding exactly one role, by a tab nobody signed in on,
// and by a locked tab. The policy's "clear responsibility" (a named person whose role allows
// the action) holds when the answer is FORBIDDEN exactly where the declared access leaves the
// role out. Each call carries an input the channel's schema refuses, so an allowed caller gets
// VALIDATION (the access check let it through, nothing ran) and the database never changes.

type Caller = Role | 'signedOut' | 'locked';
const CALLERS: Caller[] = [...ROLES, 'signedOut', 'locked'];

/** What the declared access promises, stated here again rather than borrowed from the core. */
function expectedCode(access: Access, caller: Caller): string {
  if (access === 'public') return 'VALIDATION';
  if (caller === 'signedOut') return 'UNAUTHENTICATED';
  if (caller === 'locked') return 'SESSION_LOCKED';
  if (access === 'signedIn') return 'VALIDATION';
  return access.includes(caller) ? 'VALIDATION' : 'FORBIDDEN';
}

/** An input the schema refuses: an unexpected field, or a non-object for a lenient schema. */
function refusedInput(channel: string): unknown {
  const schema = handlers[channel as keyof typeof handlers].input;
  const probe = [{ permissionProbe: 1 }, null, 'probe', 42].find(
    (v) => !schema.safeParse(v).success,
  );
  if (probe === undefined) throw new Error(`${channel}: no input its schema refuses`);
  return probe;
}

let depot: HttpDepot;
const sessionOf = (caller: Caller) => `matrix-${caller}`;

beforeAll(async () => {
  depot = await startHttpDepot();
  for (const role of ROLES) await depot.signedIn(sessionOf(role), [role]);
  await depot.signedIn(sessionOf('locked'), ['admin']);
  const lock = await depot.call(sessionOf('locked'), 'session/lock', {});
  if (!lock.body.ok) throw new Error(`session/lock failed: ${JSON.stringify(lock.body)}`);
}, 60_000);
afterAll(async () => {
  await depot?.close();
});

describe('permission matrix over HTTP', () => {
  it('answers every channel for every role, signed out and locked, as its access declares', async () => {
    const started = Date.now();
    const channels = Object.keys(handlers).sort();
    const failures: string[] = [];
    const tally: Record<string, number> = {};
    const perCaller: Record<string, boolean> = {};
    const before = await dbChecksum(depot.core.db);

    for (const channel of channels) {
      const { access } = handlers[channel as keyof typeof handlers];
      const input = refusedInput(channel);
      const replies = await Promise.all(
        CALLERS.map((caller) => depot.call(sessionOf(caller), channel, input)),
      );
      CALLERS.forEach((caller, i) => {
        const reply = replies[i];
        const expected = expectedCode(access, caller);
        const code = reply.body.ok ? 'ok' : (reply.body.error?.code ?? '?');
        tally[expected] = (tally[expected] ?? 0) + 1;
        if (access !== 'public') perCaller[`${caller} ${expected}`] = true;
        if (code !== expected || reply.status >= 500) {
          failures.push(
            `${channel} as ${caller}: HTTP ${reply.status} ${code}, expected ${expected}`,
          );
        }
      });
    }

    const after = await dbChecksum(depot.core.db);
    console.log(
      `[matrix] ${channels.length} channels x ${CALLERS.length} callers ` +
        `(${ROLES.length} roles, signed out, locked) = ${channels.length * CALLERS.length} ` +
        `checks; expected answers: ${JSON.stringify(tally)}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(failures.slice(0, 60), `${failures.length} failures`).toEqual([]);
    expect(changedTables(before, after)).toEqual([]);
    // Each role is let in somewhere and refused somewhere: the matrix is not trivially uniform.
    for (const role of ROLES) {
      expect([perCaller[`${role} VALIDATION`], perCaller[`${role} FORBIDDEN`]]).toEqual([
        true,
        true,
      ]);
    }
  }, 120_000);

  it('still lets each role in after the matrix (no call locked or signed out a tab)', async () => {
    for (const caller of ROLES) {
      const status = await depot.call(sessionOf(caller), 'session/status', {});
      expect(status.body).toMatchObject({ ok: true, data: { state: 'signedIn' } });
    }
    const locked = await depot.call(sessionOf('locked'), 'session/status', {});
    expect(locked.body).toMatchObject({ ok: true, data: { state: 'locked' } });
  });
});
