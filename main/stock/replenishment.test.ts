import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, TEST_PIN, type TestDepot } from '../testing/testCore';
import { reorderSuggestion } from './replenishment';
import { stockFixture, type StockFixture } from './stockFixture';

// Policy 5.2: a safety stock level per part against shortage and overstock; overstocked parts
// are identified for clearance or return.

describe('reorder suggestion', () => {
  const base = { safetyStock: 4, maxStock: 30, usageDays: 90, leadTimeDays: 15 };
  it('is safety stock plus usage over the lead time, less what is on hand', () => {
    // 36 used in 90 days = 0.4/day; over 15 days = 6; reorder point 4 + 6 = 10.
    expect(reorderSuggestion({ ...base, onHand: 3, usage: 36 })).toEqual({
      reorderPoint: 10,
      suggested: 7,
    });
  });
  it('rounds usage up to whole units and ignores net returns', () => {
    expect(reorderSuggestion({ ...base, onHand: 0, usage: 1 }).reorderPoint).toBe(5);
    expect(reorderSuggestion({ ...base, onHand: 0, usage: -5 }).reorderPoint).toBe(4);
  });
  it('never suggests going above the maximum', () => {
    expect(reorderSuggestion({ ...base, maxStock: 8, onHand: 2, usage: 36 }).suggested).toBe(6);
    expect(reorderSuggestion({ ...base, onHand: 12, usage: 36 }).suggested).toBe(0);
  });
});

let depot: TestDepot;
let fx: StockFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await stockFixture(depot);
});
afterEach(() => depot.close());

describe('stock/reorder and stock/overstock', () => {
  it('lists parts below safety or at the reorder point, furthest below first', async () => {
    const empty = await fx.part({ partNo: 'EMPTY', safetyStock: 5, maxStock: 10 });
    const low = await fx.part({ partNo: 'LOW', safetyStock: 5, maxStock: 10 });
    const fine = await fx.part({ partNo: 'FINE', safetyStock: 2, maxStock: 10 });
    await fx.receive(low.id, 4, 100);
    await fx.receive(fine.id, 8, 100);
    const { rows } = await fx.keeper.call('stock/reorder', {});
    expect(rows.map((r) => [r.partNo, r.onHand, r.suggested])).toEqual([
      ['EMPTY', 0, 5],
      ['LOW', 4, 1],
    ]);
    expect(rows[0]).toMatchObject({ partId: empty.id, leadTimeDays: 14, usage: 0 });
  });

  it('lists parts above their maximum and parts idle longer than idleDays', async () => {
    const over = await fx.part({ partNo: 'OVER', maxStock: 5, unitCost: 200 });
    const idle = await fx.part({ partNo: 'IDLE', maxStock: 50 });
    const busy = await fx.part({ partNo: 'BUSY', maxStock: 50 });
    await fx.receive(over.id, 8, 200);
    await fx.receive(idle.id, 3, 1000);
    depot.clock.advanceMinutes(200 * 24 * 60);
    // 200 days later the keeper's session has long locked: sign in again.
    const keeper = depot.client(fx.keeper.key);
    const status = await keeper.call('session/status', {});
    await keeper.call('session/signIn', { staffId: status.staff?.id ?? 0, pin: TEST_PIN });
    await keeper.call('stock/receive', {
      supplier: 'Acme',
      reference: 'DN-LATER',
      lines: [
        { partId: busy.id, received: 3, accepted: 3, rejected: 0, unitCost: 1000 },
        { partId: over.id, received: 1, accepted: 1, rejected: 0, unitCost: 200 },
      ],
    });
    const { rows } = await keeper.call('stock/overstock', { idleDays: 180 });
    expect(rows.map((r) => [r.partNo, r.reason, r.excess, r.value])).toEqual([
      ['IDLE', 'idle', 3, 3000],
      ['OVER', 'above_max', 4, 800],
    ]);
    expect(rows.find((r) => r.partNo === 'IDLE')?.lastMoveAt).toBe('2026-11-27T01:00:00.000Z');
  });
});

describe('parts/ledger', () => {
  it('lists moves newest first with the balance after each, across pages', async () => {
    const p = await fx.part();
    await fx.receive(p.id, 10, 100);
    await fx.supervisor.call('stock/adjust', { partId: p.id, quantity: -3, reason: 'Broken' });
    await fx.receive(p.id, 5, 100);
    const first = await fx.technician.call('parts/ledger', { partId: p.id, limit: 2 });
    expect(first.rows.map((r) => [r.kind, r.quantity, r.balance])).toEqual([
      ['receipt', 5, 12],
      ['adjustment', -3, 7],
    ]);
    expect(first.rows[1]).toMatchObject({ note: 'Broken', refType: 'adjustment' });
    const second = await fx.technician.call('parts/ledger', {
      partId: p.id,
      limit: 2,
      cursor: first.next ?? undefined,
    });
    expect(second.rows.map((r) => [r.kind, r.quantity, r.balance])).toEqual([['receipt', 10, 10]]);
    expect(second.next).toBeNull();
  });
});
