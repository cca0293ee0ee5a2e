import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, type TestDepot } from '../testing/testCore';

let depot: TestDepot;
beforeEach(async () => {
  depot = await createTestDepot();
});
afterEach(() => depot.close());

describe('the audit trail', () => {
  it('records who, when, channel, entity, before and after for every write', async () => {
    await depot.admin.call('settings/update', { depot: { name: 'North Depot' } });
    const [row] = await depot.admin.call('audit/list', { entity: 'settings', limit: 1 });
    expect(row).toMatchObject({
      at: '2026-11-27T01:00:00.000Z',
      staffName: '老闆 Boss',
      channel: 'settings/update',
      entity: 'settings',
      entityId: 'depot',
      action: 'update',
    });
    expect((row.before as { name: string }).name).toBe('Depot');
    expect((row.after as { name: string }).name).toBe('North Depot');
  });

  it('is refused UPDATE and DELETE by the database itself', async () => {
    const { db } = depot.core;
    const count = async () =>
      Number((await db('audit_log').count<{ n: number }[]>({ n: '*' }))[0].n);
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await expect(db('audit_log').update({ action: 'forged' })).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(db('audit_log').delete()).rejects.toThrow(/append-only: DELETE refused/);
    await expect(db.raw("UPDATE audit_log SET channel = 'x'")).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
    expect(await db('audit_log').where({ action: 'forged' }).first()).toBeUndefined();
  });

  it('a refused write leaves no audit row', async () => {
    const { db } = depot.core;
    const before = await db('audit_log').count<{ n: number }[]>({ n: '*' });
    const bad = await depot.admin.raw('settings/update', { depot: { name: '' } });
    expect(bad.ok).toBe(false);
    const after = await db('audit_log').count<{ n: number }[]>({ n: '*' });
    expect(after[0].n).toBe(before[0].n);
  });
});
