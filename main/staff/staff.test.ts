import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, TEST_PIN, type TestDepot } from '../testing/testCore';

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
