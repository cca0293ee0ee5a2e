import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDepot, refused, TEST_PIN, type TestDepot } from '../testing/testCore';
import { openCore } from '../core';
import { resourcesDir } from '../cli/paths';
import { verifyPin } from '../staff/pin';
import { LOCKOUT_MINUTES, MAX_FAILED_PINS } from './pinLockout';

// Counts the slow PIN checks: a locked account must be refused before one is made.
vi.mock(import('../staff/pin'), async (original) => {
  const pin = await original();
  return { ...pin, verifyPin: vi.fn(pin.verifyPin) };
});

let depot: TestDepot;
beforeEach(async () => {
  depot = await createTestDepot();
});
afterEach(() => depot.close());

describe('first start', () => {
  it('asks for the first admin once, then never again', async () => {
    const fresh = depot.client('second-window');
    const status = await fresh.call('session/status', {});
    expect(status).toMatchObject({ needsSetup: false, state: 'signedOut', staff: null });
    const error = await refused(
      fresh.call('session/setup', { username: 'eve', displayName: 'Eve', pin: '9999' }),
    );
    expect(error.code).toBe('CONFLICT');
  });

  it('two first-start screens at once make exactly one admin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depot-setup-'));
    const core = await openCore({
      dbFile: join(dir, 'depot.sqlite'),
      dataDir: join(dir, 'data'),
      resourcesDir,
      host: { kind: 'test', version: '0.0.0-test' },
      now: () => depot.clock.now,
    });
    try {
      const results = await Promise.all(
        ['ann', 'bob'].map((username) =>
          core.invoke(`screen-${username}`, 'session/setup', {
            username,
            displayName: username,
            pin: TEST_PIN,
          }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(['CONFLICT']);
      const admins = await core.db('staff_roles').where({ role: 'admin' });
      expect(admins).toHaveLength(1);
    } finally {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the database itself refuses a second first-admin claim', async () => {
    const [boss] = await depot.core.db('staff').select('id');
    await expect(
      depot.core.db('setup_claim').insert({
        claim: 'first_admin',
        staff_id: boss.id,
        claimed_at: depot.clock.now.toISOString(),
      }),
    ).rejects.toThrow(/UNIQUE/);
  });

  it('a setup that reads no staff (a concurrent one on a server database) is still refused', async () => {
    // Under READ COMMITTED a second setup does not see the first one's admin; the claim decides.
    const db = depot.core.db;
    await db.raw('PRAGMA foreign_keys = OFF'); // the claim still names the first admin
    await db('staff').delete();
    await db.raw('PRAGMA foreign_keys = ON');
    const error = await refused(
      depot
        .client('second-window')
        .call('session/setup', { username: 'eve', displayName: 'Eve', pin: '9999' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(await depot.core.db('staff')).toHaveLength(0);
  });

  it('signs the first admin in', async () => {
    const status = await depot.admin.call('session/status', {});
    expect(status.state).toBe('signedIn');
    expect(status.staff?.roles).toEqual(['admin']);
  });
});

describe('signing in with a PIN', () => {
  async function tech() {
    const staff = await depot.admin.call('staff/create', {
      username: 'hao',
      displayName: '林志豪',
      roles: ['technician'],
      pin: TEST_PIN,
    });
    return { staff, client: depot.client('bench-1') };
  }

  it('signs in with the right PIN', async () => {
    const { staff, client } = await tech();
    const actor = await client.call('session/signIn', { staffId: staff.id, pin: TEST_PIN });
    expect(actor).toEqual({
      id: staff.id,
      username: 'hao',
      displayName: '林志豪',
      roles: ['technician'],
    });
  });

  it('counts wrong PINs down and locks the account after five', async () => {
    const { staff, client } = await tech();
    for (let i = 1; i < MAX_FAILED_PINS; i++) {
      const error = await refused(
        client.call('session/signIn', { staffId: staff.id, pin: '0000' }),
      );
      expect(error.code).toBe('BAD_PIN');
      expect(error.details?.triesLeft).toBe(MAX_FAILED_PINS - i);
    }
    const locked = await refused(client.call('session/signIn', { staffId: staff.id, pin: '0000' }));
    expect(locked.code).toBe('ACCOUNT_LOCKED');
    // Even the right PIN is refused while locked out ...
    const still = await refused(
      client.call('session/signIn', { staffId: staff.id, pin: TEST_PIN }),
    );
    expect(still.code).toBe('ACCOUNT_LOCKED');
    // ... and accepted after the lockout.
    depot.clock.advanceMinutes(6);
    await expect(
      client.call('session/signIn', { staffId: staff.id, pin: TEST_PIN }),
    ).resolves.toMatchObject({ username: 'hao' });
    const trail = await depot.admin.call('audit/list', {
      entity: 'staff',
      entityId: String(staff.id),
    });
    expect(trail.map((r) => r.action)).toContain('lockedOut');
    // Guessing on at a locked account is evidence too: one row per lockout, not per guess.
    expect(trail.filter((r) => r.action === 'signInRefusedLocked')).toHaveLength(1);
  });

  it('fifty wrong PINs at once lock the account after exactly five, checked five times', async () => {
    const { staff } = await tech();
    vi.mocked(verifyPin).mockClear();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        depot.client(`script-${i}`).raw('session/signIn', { staffId: staff.id, pin: '0000' }),
      ),
    );
    const codes = results.map((r) => (r.ok ? 'OK' : r.error.code));
    expect(codes.filter((c) => c === 'BAD_PIN')).toHaveLength(MAX_FAILED_PINS - 1);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED')).toHaveLength(50 - (MAX_FAILED_PINS - 1));
    expect(verifyPin).toHaveBeenCalledTimes(MAX_FAILED_PINS);
    const trail = await depot.admin.call('audit/list', {
      entity: 'staff',
      entityId: String(staff.id),
    });
    const actions = trail.map((r) => r.action);
    expect(actions.filter((a) => a === 'signInFailed')).toHaveLength(MAX_FAILED_PINS - 1);
    expect(actions.filter((a) => a === 'lockedOut')).toHaveLength(1);
    // The 45 guesses refused unchecked leave one row for this lockout, not a flood.
    expect(actions.filter((a) => a === 'signInRefusedLocked')).toHaveLength(1);

    // The right PIN is refused, unchecked, until the lockout ends ...
    const owner = depot.client('bench-1');
    depot.clock.advanceMinutes(LOCKOUT_MINUTES - 1);
    const still = await refused(owner.call('session/signIn', { staffId: staff.id, pin: TEST_PIN }));
    expect(still.code).toBe('ACCOUNT_LOCKED');
    expect(verifyPin).toHaveBeenCalledTimes(MAX_FAILED_PINS);
    // ... and accepted after it.
    depot.clock.advanceMinutes(1);
    await expect(
      owner.call('session/signIn', { staffId: staff.id, pin: TEST_PIN }),
    ).resolves.toMatchObject({ username: 'hao' });
  });

  it('each lockout that is guessed on leaves its own refused row', async () => {
    const { staff, client } = await tech();
    const lockAndGuessOn = async () => {
      for (let i = 0; i < MAX_FAILED_PINS + 2; i++) {
        await client.raw('session/signIn', { staffId: staff.id, pin: '0000' });
      }
    };
    await lockAndGuessOn();
    depot.clock.advanceMinutes(LOCKOUT_MINUTES);
    await lockAndGuessOn();
    const trail = await depot.admin.call('audit/list', {
      entity: 'staff',
      entityId: String(staff.id),
    });
    expect(trail.filter((r) => r.action === 'lockedOut')).toHaveLength(2);
    expect(trail.filter((r) => r.action === 'signInRefusedLocked')).toHaveLength(2);
  });

  it('after a lockout ends the count starts again', async () => {
    const { staff, client } = await tech();
    for (let i = 0; i < MAX_FAILED_PINS; i++) {
      await client.raw('session/signIn', { staffId: staff.id, pin: '0000' });
    }
    depot.clock.advanceMinutes(LOCKOUT_MINUTES);
    const error = await refused(client.call('session/signIn', { staffId: staff.id, pin: '0000' }));
    expect(error.code).toBe('BAD_PIN');
    expect(error.details?.triesLeft).toBe(MAX_FAILED_PINS - 1);
  });

  it('an admin reset clears a lockout', async () => {
    const { staff, client } = await tech();
    for (let i = 0; i < MAX_FAILED_PINS; i++) {
      await client.raw('session/signIn', { staffId: staff.id, pin: '0000' });
    }
    await depot.admin.call('staff/resetPin', { id: staff.id, pin: '5555' });
    await expect(
      client.call('session/signIn', { staffId: staff.id, pin: '5555' }),
    ).resolves.toBeTruthy();
  });

  it('never stores the PIN itself', async () => {
    const { staff } = await tech();
    const row = await depot.core.db('staff').where({ id: staff.id }).first();
    expect(row.pin_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.pin_hash).not.toContain(TEST_PIN);
  });

  it('an inactive staff member cannot sign in', async () => {
    const { staff, client } = await tech();
    await depot.admin.call('staff/update', { id: staff.id, version: staff.version, active: false });
    const error = await refused(
      client.call('session/signIn', { staffId: staff.id, pin: TEST_PIN }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('the shared workstation', () => {
  it('locks itself after the idle minutes in Settings', async () => {
    const clerk = await depot.as(['intake_clerk']);
    depot.clock.advanceMinutes(9);
    await expect(clerk.call('settings/get', {})).resolves.toBeTruthy();
    depot.clock.advanceMinutes(11);
    const error = await refused(clerk.call('settings/get', {}));
    expect(error.code).toBe('SESSION_LOCKED');
    const status = await clerk.call('session/status', {});
    expect(status.state).toBe('locked');
    // A locked workstation offers nothing until the PIN is given again.
    expect(status.allowed).toEqual([]);
  });

  it('tells the screens which channels the signed-in person may use, by the access rule', async () => {
    const clerk = await depot.as(['intake_clerk']);
    const { allowed } = await clerk.call('session/status', {});
    expect(allowed).toContain('tickets/create');
    expect(allowed).toContain('staff/changePin');
    expect(allowed).not.toContain('requisitions/decide');
    expect(allowed).not.toContain('session/status'); // public channels are everyone's
    // The same rule as the dispatcher's: what is not listed is refused ...
    const tech = await depot.as(['technician']);
    const techAllowed = (await tech.call('session/status', {})).allowed;
    expect(techAllowed).toContain('requisitions/create');
    expect(techAllowed).not.toContain('tickets/create');
    expect((await refused(tech.call('tickets/create', {} as never))).code).toBe('FORBIDDEN');
    // ... and signed out, nothing.
    await clerk.call('session/signOut', {});
    expect((await clerk.call('session/status', {})).allowed).toEqual([]);
  });

  it("only the signed-in person's own actions keep the workstation awake", async () => {
    const clerk = await depot.as(['intake_clerk']);
    const { autoLockMinutes } = await clerk.call('session/status', {});
    const step = Math.floor(autoLockMinutes / 3);
    // An own action restarts the idle minutes ...
    depot.clock.advanceMinutes(autoLockMinutes - 1);
    await clerk.call('settings/get', {});
    // ... but the screen's own polling (public channels) does not.
    for (let waited = 0; waited <= autoLockMinutes; waited += step) {
      depot.clock.advanceMinutes(step);
      await clerk.call('app/info', {});
      await clerk.call('session/roster', {});
      await clerk.call('session/status', {});
    }
    expect((await clerk.call('session/status', {})).state).toBe('locked');
    expect((await refused(clerk.call('settings/get', {}))).code).toBe('SESSION_LOCKED');
  });

  it('honours a changed idle setting, and 0 means never', async () => {
    await depot.admin.call('settings/update', { security: { autoLockMinutes: 0 } });
    depot.clock.advanceMinutes(600);
    await expect(depot.admin.call('settings/get', {})).resolves.toBeTruthy();
  });

  it('locks on request and another staff member can take over', async () => {
    const clerk = await depot.as(['intake_clerk'], 'mei');
    await clerk.call('session/lock', {});
    expect((await refused(clerk.call('settings/get', {}))).code).toBe('SESSION_LOCKED');
    const roster = await clerk.call('session/roster', {});
    const boss = roster.find((s) => s.username === 'boss');
    expect(boss).toBeDefined();
    await clerk.call('session/signIn', { staffId: boss!.id, pin: TEST_PIN });
    expect((await clerk.call('session/status', {})).staff?.username).toBe('boss');
  });

  it('signing out ends the session', async () => {
    const clerk = await depot.as(['intake_clerk']);
    await clerk.call('session/signOut', {});
    expect((await refused(clerk.call('settings/get', {}))).code).toBe('UNAUTHENTICATED');
  });

  it('a role change takes effect in open sessions', async () => {
    const supervisor = await depot.as(['supervisor'], 'fen');
    await supervisor.call('audit/list', {});
    const [fen] = (await depot.admin.call('staff/list', {})).filter((s) => s.username === 'fen');
    await depot.admin.call('staff/update', {
      id: fen.id,
      version: fen.version,
      roles: ['technician'],
    });
    expect((await refused(supervisor.call('audit/list', {}))).code).toBe('FORBIDDEN');
  });
});
