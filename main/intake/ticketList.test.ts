import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { intakeFixture, type IntakeFixture } from './intakeFixture';

let depot: TestDepot;
let fx: IntakeFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await intakeFixture(depot);
  await depot.admin.call('settings/update', { security: { autoLockMinutes: 0 } });
});
afterEach(() => depot.close());

const unit = (f: IntakeFixture, serial: string, modelId = f.wmModelId) => ({
  modelId,
  serial,
  invoiceDate: '2026-06-01',
});

describe('the tickets list', () => {
  it('pages newest first with a cursor, without gaps or repeats', async () => {
    for (let i = 1; i <= 7; i++) {
      await fx.clerk.call('tickets/create', fx.ticket({ newUnit: unit(fx, `S-${i}`) }));
      depot.clock.advanceMinutes(1);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await fx.clerk.call('tickets/list', { limit: 3, cursor });
      seen.push(...page.rows.map((r) => r.reportNo));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([7, 6, 5, 4, 3, 2, 1].map((n) => `R2026-00000${n}`));
  });

  it('pages through several statuses at once in the same order', async () => {
    for (let i = 1; i <= 6; i++) {
      const t = await fx.clerk.call('tickets/create', fx.ticket({ newUnit: unit(fx, `S-${i}`) }));
      if (i % 2 === 0)
        await fx.clerk.call('tickets/cancel', { id: t.id, version: 1, reason: 'Test' });
      depot.clock.advanceMinutes(1);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await fx.clerk.call('tickets/list', {
        status: ['cancelled', 'received'],
        limit: 4,
        cursor,
      });
      seen.push(...page.rows.map((r) => r.serial));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['S-6', 'S-5', 'S-4', 'S-3', 'S-2', 'S-1']);
  });

  it('filters by status, station, warranty, emergency and date range', async () => {
    const today = depot.clock.now;
    depot.clock.now = new Date('2026-11-20T04:00:00Z'); // A was registered a week ago
    const a = await fx.clerk.call(
      'tickets/create',
      fx.ticket({ newUnit: unit(fx, 'A'), reportedAt: '2026-11-20T03:00:00Z' }),
    );
    depot.clock.now = today;
    await fx.clerk.call('tickets/create', fx.ticket({ newUnit: unit(fx, 'B', fx.acModelId) }));
    await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newUnit: { modelId: fx.wmModelId, serial: 'C' },
        notCoveredExplanation: 'No invoice yet',
      }),
    );
    await fx.clerk.call('tickets/cancel', { id: a.id, version: a.version, reason: 'Wrong desk' });
    const other = await depot.admin.call('stations/create', {
      code: 'KHH',
      nameEn: 'Kaohsiung',
      nameZh: '高雄站',
    });
    await fx.clerk.call(
      'tickets/create',
      fx.ticket({ newUnit: unit(fx, 'D'), stationId: other.id }),
    );

    const serials = async (filter: Parameters<typeof fx.clerk.call<'tickets/list'>>[1]) =>
      (await fx.clerk.call('tickets/list', filter)).rows.map((r) => r.serial).sort();
    expect(await serials({ status: ['cancelled'] })).toEqual(['A']);
    expect(await serials({ status: ['received'] })).toEqual(['B', 'C', 'D']);
    expect(await serials({ stationId: other.id })).toEqual(['D']);
    expect(await serials({ warrantyStatus: 'unverified' })).toEqual(['C']);
    expect(await serials({ emergency: true })).toEqual(['B']);
    expect(await serials({ reportedFrom: '2026-11-18', reportedTo: '2026-11-21' })).toEqual(['A']);
    expect(await serials({ reportedFrom: '2026-11-21' })).toEqual(['B', 'C', 'D']);
    const error = await refused(
      fx.clerk.call('tickets/list', { reportedFrom: '2026-11-22', reportedTo: '2026-11-21' }),
    );
    expect(error.message).toMatch(/reportedFrom/);
  });

  it('overdue emergencies stand out and can be listed alone', async () => {
    await fx.clerk.call('tickets/create', fx.ticket({ newUnit: unit(fx, 'AC-1', fx.acModelId) }));
    await fx.clerk.call('tickets/create', fx.ticket({ newUnit: unit(fx, 'WM-1') }));
    expect((await fx.clerk.call('tickets/list', { overdue: true })).rows).toEqual([]);
    depot.clock.advanceMinutes(5 * 60); // past the 4-hour response promise
    const { rows } = await fx.clerk.call('tickets/list', {});
    expect(rows.map((r) => [r.serial, r.overdue])).toEqual([
      ['WM-1', false],
      ['AC-1', true],
    ]);
    expect(
      (await fx.clerk.call('tickets/list', { overdue: true })).rows.map((r) => r.serial),
    ).toEqual(['AC-1']);
    await depot.core.db('tickets').update({ responded_at: depot.clock.now.toISOString() });
    expect((await fx.clerk.call('tickets/list', { overdue: true })).rows).toEqual([]);
  });

  it('filters by any status of the lifecycle and refuses one it does not have', async () => {
    const t = await fx.clerk.call('tickets/create', fx.ticket({ newUnit: unit(fx, 'S-R') }));
    await depot.core.db('tickets').where({ id: t.id }).update({ status: 'ready_for_pickup' });
    const ready = await fx.clerk.call('tickets/list', { status: ['ready_for_pickup'] });
    expect(ready.rows.map((r) => r.id)).toEqual([t.id]);
    const error = await refused(fx.clerk.call('tickets/list', { status: ['ready' as never] }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/status/);
  });

  it('refuses a made-up cursor', async () => {
    expect((await refused(fx.clerk.call('tickets/list', { cursor: 'page 2' }))).code).toBe(
      'VALIDATION',
    );
  });
});
