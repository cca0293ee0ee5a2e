import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDepot, refused, TEST_PIN, type TestDepot } from '../testing/testCore';
import { LOCKOUT_MINUTES, MAX_FAILED_PINS } from '../session/pinLockout';
import { verifyPin } from './pin';

// Counts the slow PIN checks: a locked account must be refused before one is made.
vi.mock(import('./pin'), async (original) => {
  const pin = await original();
  return { ...pin, verifyPin: vi.fn(pin.verifyPin) };
});

let depot: TestDepot;
beforeEach(async () => {
  depot = await createTestDepot();
});
afterEach(() => depot.close());

const newTech = {
  username: 'Hao',
  displayName: ' 林志豪 ',
  roles: ['technician', 'technician'] as const,
  pin: TEST_PIN,
};

describe('staff accounts', () => {
  it('creates an account with normalised username, trimmed name and unique roles', async () => {
    const staff = await depot.admin.call('staff/create', { ...newTech, roles: [...newTech.roles] });
    expect(staff).toMatchObject({
      username: 'hao',
      displayName: '林志豪',
      roles: ['technician'],
      active: true,
      version: 1,
    });
  });

  it('refuses a username already taken', async () => {
    await depot.admin.call('staff/create', { ...newTech, roles: ['technician'] });
    const error = await refused(
      depot.admin.call('staff/create', { ...newTech, roles: ['supervisor'] }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/already taken/);
  });

  it('refuses a name with control characters', async () => {
    const error = await refused(
      depot.admin.call('staff/create', {
        ...newTech,
        displayName: 'Bad\u0007Name',
        roles: ['technician'],
      }),
    );
    expect(error.code).toBe('VALIDATION');
  });

  it('refuses a name with a bidi override, an invisible space or a broken character', async () => {
    const staff = await depot.admin.call('staff/create', { ...newTech, roles: ['technician'] });
    for (const [displayName, message] of [
      ['\u202EnilL', /displayName: Name may not contain invisible/],
      ['Lin\u200BHao', /displayName: Name may not contain invisible/],
      ['Lin \uDC00', /displayName: Name may not contain a broken character/],
    ] as const) {
      const created = await refused(
        depot.admin.call('staff/create', {
          ...newTech,
          username: 'other',
          displayName,
          roles: ['technician'],
        }),
      );
      expect(created.code).toBe('VALIDATION');
      expect(created.message).toMatch(message);
      const updated = await refused(
        depot.admin.call('staff/update', { id: staff.id, version: 1, displayName }),
      );
      expect(updated.message).toMatch(message);
    }
    const all = await depot.admin.call('staff/list', { includeInactive: true });
    expect(all.map((s) => [s.username, s.displayName, s.version]).sort()).toEqual([
      ['boss', '老闆 Boss', 1],
      ['hao', '林志豪', 1],
    ]);
  });

  it('only an admin creates accounts', async () => {
    const supervisor = await depot.as(['supervisor']);
    const error = await refused(supervisor.call('staff/create', { ...newTech, roles: ['admin'] }));
    expect(error.code).toBe('FORBIDDEN');
  });

  it('detects a stale edit instead of overwriting it', async () => {
    const staff = await depot.admin.call('staff/create', { ...newTech, roles: ['technician'] });
    await depot.admin.call('staff/update', { id: staff.id, version: 1, displayName: 'Lin' });
    const error = await refused(
      depot.admin.call('staff/update', { id: staff.id, version: 1, displayName: 'Other' }),
    );
    expect(error.code).toBe('CONFLICT');
    const [current] = (await depot.admin.call('staff/list', {})).filter((s) => s.id === staff.id);
    expect(current).toMatchObject({ displayName: 'Lin', version: 2 });
  });

  it('an admin cannot remove their own admin role or deactivate themselves', async () => {
    const me = (await depot.admin.call('session/status', {})).staff!;
    const [row] = (await depot.admin.call('staff/list', {})).filter((s) => s.id === me.id);
    expect(
      (
        await refused(
          depot.admin.call('staff/update', {
            id: me.id,
            version: row.version,
            roles: ['technician'],
          }),
        )
      ).code,
    ).toBe('RULE');
    expect(
      (
        await refused(
          depot.admin.call('staff/update', { id: me.id, version: row.version, active: false }),
        )
      ).code,
    ).toBe('RULE');
  });

  it('changing your own PIN needs the current one', async () => {
    const tech = await depot.as(['technician']);
    expect(
      (await refused(tech.call('staff/changePin', { currentPin: '0000', newPin: '2468' }))).code,
    ).toBe('BAD_PIN');
    await tech.call('staff/changePin', { currentPin: TEST_PIN, newPin: '2468' });
  });

  it('fifty wrong current PINs at once lock the account and the workstation after five', async () => {
    const tech = await depot.as(['technician']);
    const me = (await tech.call('session/status', {})).staff!;
    vi.mocked(verifyPin).mockClear();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        tech.raw('staff/changePin', { currentPin: '0000', newPin: '2468' }),
      ),
    );
    const codes = results.map((r) => (r.ok ? 'OK' : r.error.code));
    expect(codes.filter((c) => c === 'BAD_PIN')).toHaveLength(MAX_FAILED_PINS - 1);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED')).toHaveLength(50 - (MAX_FAILED_PINS - 1));
    expect(verifyPin).toHaveBeenCalledTimes(MAX_FAILED_PINS);
    const actions = (
      await depot.admin.call('audit/list', { entity: 'staff', entityId: String(me.id) })
    ).map((r) => r.action);
    expect(actions.filter((a) => a === 'changePinFailed')).toHaveLength(MAX_FAILED_PINS - 1);
    expect(actions.filter((a) => a === 'lockedOut')).toHaveLength(1);
    expect(actions).not.toContain('changePin');

    // Whoever was guessing at this workstation is locked out of it too ...
    expect((await refused(tech.call('settings/get', {}))).code).toBe('SESSION_LOCKED');
    // ... and the right PIN is refused, unchecked, until the lockout ends.
    depot.clock.advanceMinutes(LOCKOUT_MINUTES - 1);
    const still = await refused(tech.call('session/signIn', { staffId: me.id, pin: TEST_PIN }));
    expect(still.code).toBe('ACCOUNT_LOCKED');
    expect(verifyPin).toHaveBeenCalledTimes(MAX_FAILED_PINS);
    depot.clock.advanceMinutes(1);
    await tech.call('session/signIn', { staffId: me.id, pin: TEST_PIN });
    await tech.call('staff/changePin', { currentPin: TEST_PIN, newPin: '2468' });
    const again = depot.client('bench-2');
    await expect(
      again.call('session/signIn', { staffId: me.id, pin: '2468' }),
    ).resolves.toMatchObject({ id: me.id });
  });

  it('a wrong current PIN is audited and counts towards the lockout', async () => {
    const tech = await depot.as(['technician']);
    const me = (await tech.call('session/status', {})).staff!;
    const error = await refused(
      tech.call('staff/changePin', { currentPin: '0000', newPin: '2468' }),
    );
    expect(error).toMatchObject({
      reason: 'session.wrongPin',
      params: { triesLeft: MAX_FAILED_PINS - 1 },
      field: 'currentPin',
    });
    const [last] = await depot.admin.call('audit/list', {
      entity: 'staff',
      entityId: String(me.id),
    });
    expect(last).toMatchObject({ action: 'changePinFailed', staffId: me.id });
  });

  it('lists inactive staff only when asked', async () => {
    const staff = await depot.admin.call('staff/create', { ...newTech, roles: ['technician'] });
    await depot.admin.call('staff/update', { id: staff.id, version: 1, active: false });
    expect((await depot.admin.call('staff/list', {})).map((s) => s.username)).toEqual(['boss']);
    expect(
      (await depot.admin.call('staff/list', { includeInactive: true }))
        .map((s) => s.username)
        .sort(),
    ).toEqual(['boss', 'hao']);
  });
});
