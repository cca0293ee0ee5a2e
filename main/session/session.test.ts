import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, TEST_PIN, type TestDepot } from '../testing/testCore';
import { MAX_FAILED_PINS } from './signIn';

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
