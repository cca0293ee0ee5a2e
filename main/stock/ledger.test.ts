import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { postMove, verifyLedger } from './ledger';
import { stockFixture, type StockFixture } from './stockFixture';

let depot: TestDepot;
let fx: StockFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await stockFixture(depot);
});
afterEach(() => depot.close());

describe('stock ledger (issue 4, item 2; policy 5.2)', () => {
  it('keeps on-hand and the moving average in step with the ledger', async () => {
    const p = await fx.part();
    await fx.receive(p.id, 10, 1000);
    await fx.receive(p.id, 5, 1301);
    // (10*1000 + 5*1301) / 15 = 1100.33 → 1100
    expect(await fx.keeper.call('parts/get', { id: p.id })).toMatchObject({
      onHand: 15,
      avgCost: 1100,
    });
    const out = await fx.supervisor.call('stock/adjust', {
      partId: p.id,
      quantity: -4,
      reason: 'Damaged on shelf',
    });
    expect(out).toMatchObject({ onHand: 11, avgCost: 1100 });
    const back = await fx.supervisor.call('stock/adjust', {
      partId: p.id,
      quantity: 2,
      reason: 'Found in bin B',
    });
    expect(back).toMatchObject({ onHand: 13, avgCost: 1100 });
    const moves = await depot.core.db('stock_moves').where({ part_id: p.id }).orderBy('id');
    expect(moves.map((m: { kind: string; quantity: number }) => [m.kind, m.quantity])).toEqual([
      ['receipt', 10],
      ['receipt', 5],
      ['adjustment', -4],
      ['adjustment', 2],
    ]);
    expect(moves[2]).toMatchObject({
      unit_cost: 1100,
      note: 'Damaged on shelf',
      ref_type: 'adjustment',
    });
    expect(await fx.keeper.call('stock/verify', {})).toEqual({ consistent: true, mismatches: [] });
  });

  it('stock never goes negative: "only N on hand" and nothing changes', async () => {
    const p = await fx.part();
    await fx.receive(p.id, 3, 500);
    const before = await fx.counts();
    const error = await refused(
      fx.supervisor.call('stock/adjust', { partId: p.id, quantity: -4, reason: 'Lost' }),
    );
    expect(error).toMatchObject({ code: 'RULE', details: { onHand: 3 } });
    expect(error.message).toMatch(/only 3 on hand/i);
    expect(await fx.counts()).toEqual(before);
    expect((await fx.keeper.call('parts/get', { id: p.id })).onHand).toBe(3);
  });

  it('two concurrent issues of the last unit: exactly one succeeds', async () => {
    const p = await fx.part();
    await fx.receive(p.id, 1, 700);
    const other = await depot.as(['supervisor']);
    const results = await Promise.all(
      [fx.supervisor, other].map((c) =>
        c.raw('stock/adjust', { partId: p.id, quantity: -1, reason: 'Issued' }),
      ),
    );
    const ok = results.filter((r) => r.ok);
    const no = results.filter((r) => !r.ok);
    expect(ok).toHaveLength(1);
    expect(no).toHaveLength(1);
    expect(!no[0].ok && no[0].error).toMatchObject({ code: 'RULE' });
    expect(!no[0].ok && no[0].error.message).toMatch(/only 0 on hand/i);
    expect(await verifyLedger(depot.core.db)).toEqual([]);
    expect((await fx.keeper.call('parts/get', { id: p.id })).onHand).toBe(0);
  });

  it("postMove issues at the average cost, inside the caller's transaction", async () => {
    const p = await fx.part();
    await fx.receive(p.id, 2, 900);
    const db = depot.core.db;
    const staff = (await db('staff').first('id')) as { id: number };
    const audits: string[] = [];
    const posted = await db.transaction((trx) =>
      postMove(trx, async (e) => void audits.push(e.action), {
        partId: p.id,
        kind: 'issue',
        quantity: -2,
        refType: 'test',
        createdBy: staff.id,
        at: new Date(),
      }),
    );
    expect(posted).toMatchObject({ onHand: 0, unitCost: 900 });
    expect(audits).toEqual(['issue']);
    const zero = await refused(
      db.transaction((trx) =>
        postMove(trx, async () => {}, {
          partId: p.id,
          kind: 'issue',
          quantity: 0,
          refType: 't',
          createdBy: staff.id,
          at: new Date(),
        }),
      ),
    );
    expect(zero.code).toBe('VALIDATION');
  });

  it('stock_moves is append-only at the SQL level', async () => {
    const p = await fx.part();
    await fx.receive(p.id, 1, 100);
    const db = depot.core.db;
    await expect(db('stock_moves').update({ quantity: 99 })).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(db('stock_moves').del()).rejects.toThrow(/append-only: DELETE refused/);
    expect(await db('stock_moves').where({ quantity: 1 })).toHaveLength(1);
  });

  it('verifyLedger names a part whose on-hand differs from its ledger', async () => {
    const p = await fx.part({ partNo: 'DRIFT-1' });
    await fx.receive(p.id, 4, 100);
    await depot.core.db('stock_levels').where({ part_id: p.id }).update({ on_hand: 5 });
    const result = await fx.supervisor.call('stock/verify', {});
    expect(result).toEqual({
      consistent: false,
      mismatches: [{ partId: p.id, partNo: 'DRIFT-1', onHand: 5, ledger: 4 }],
    });
    expect((await refused(fx.technician.call('stock/verify', {}))).code).toBe('FORBIDDEN');
  });

  it('adjust: supervisor only, reason required, whole non-zero bounded quantity', async () => {
    const p = await fx.part();
    await fx.receive(p.id, 5, 100);
    const before = await fx.counts();
    const keeper = await refused(
      fx.keeper.call('stock/adjust', { partId: p.id, quantity: 1, reason: 'x' }),
    );
    expect(keeper.code).toBe('FORBIDDEN');
    const cases: [unknown, RegExp][] = [
      [{ partId: p.id, quantity: 1, reason: '  ' }, /reason: Reason is required/],
      [{ partId: p.id, quantity: 0.5, reason: 'x' }, /quantity: Quantity must be a whole number/],
      [{ partId: p.id, quantity: 0, reason: 'x' }, /quantity: Quantity may not be zero/],
      [{ partId: p.id, quantity: 1e12, reason: 'x' }, /quantity: Quantity is at most/],
      [{ partId: p.id, quantity: '3', reason: 'x' }, /quantity/],
    ];
    for (const [input, message] of cases) {
      const r = await fx.supervisor.raw('stock/adjust', input);
      expect(!r.ok && r.error.message).toMatch(message);
    }
    const missing = await refused(
      fx.supervisor.call('stock/adjust', { partId: 9999, quantity: 1, reason: 'x' }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    expect(await fx.counts()).toEqual(before);
  });
});
