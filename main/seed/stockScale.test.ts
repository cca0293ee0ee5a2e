import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/paths';
import { openDatabase } from '../db/open';
import { MOVE_KINDS, verifyLedger } from '../stock/ledger';
import { createTestDepot, type TestClient, type TestDepot } from '../testing/testCore';
import { seedStockScale } from './stockScale';

let depot: TestDepot;
let keeper: TestClient;
beforeEach(async () => {
  depot = await createTestDepot();
  keeper = await depot.as(['stockroom_keeper']);
});
afterEach(() => depot.close());

type MoveRow = {
  id: number;
  part_id: number;
  kind: string;
  quantity: number;
  unit_cost: number;
  ref_type: string;
  ref_id: string | null;
  created_by: number;
  created_at: string;
};

/** Replays the ledger move by move with postMove's rules and returns each part's end state. */
function replay(moves: MoveRow[]) {
  const parts = new Map<number, { onHand: number; avgCost: number; moves: number }>();
  for (const move of moves) {
    const part = parts.get(move.part_id) ?? { onHand: 0, avgCost: 0, moves: 0 };
    if (move.quantity > 0) {
      part.avgCost = Math.round(
        (part.onHand * part.avgCost + move.quantity * move.unit_cost) /
          (part.onHand + move.quantity),
      );
    } else {
      // Outgoing units are costed at the average of the moment.
      expect(move.unit_cost, `move ${move.id}`).toBe(part.avgCost);
    }
    part.onHand += move.quantity;
    part.moves += 1;
    expect(part.onHand, `on hand after move ${move.id}`).toBeGreaterThanOrEqual(0);
    parts.set(move.part_id, part);
  }
  return parts;
}

describe('the stockroom scale seed', () => {
  it('writes parts and years of ledger whose sums are the on-hand figures, never negative on the way (policy 5.2)', async () => {
    const db = depot.core.db;
    const result = await seedStockScale(
      db,
      { parts: 200, moves: 5000 },
      () => undefined,
      depot.clock.now,
    );
    expect(result).toMatchObject({ parts: 200, moves: 5000, firstPartId: 1 });

    expect(await verifyLedger(db)).toEqual([]);
    expect(await keeper.call('stock/verify', {})).toEqual({ consistent: true, mismatches: [] });

    const moves: MoveRow[] = await db('stock_moves').orderBy('id');
    expect(moves).toHaveLength(5000);
    expect(new Set(moves.map((m) => m.kind))).toEqual(new Set(MOVE_KINDS));
    const replayed = replay(moves);
    const levels: { part_id: number; on_hand: number; avg_cost: number; version: number }[] =
      await db('stock_levels');
    expect(levels).toHaveLength(200);
    for (const level of levels) {
      const part = replayed.get(level.part_id) ?? { onHand: 0, avgCost: 0, moves: 0 };
      expect([level.on_hand, level.avg_cost, level.version]).toEqual([
        part.onHand,
        part.avgCost,
        1 + part.moves,
      ]);
    }
    // Moves are posted by the stockroom keeper, in time order, within the last three years.
    const keeperId = Number(
      (await db('staff_roles').where({ role: 'stockroom_keeper' }).first('staff_id')).staff_id,
    );
    expect(new Set(moves.map((m) => m.created_by))).toEqual(new Set([keeperId]));
    const times = moves.map((m) => m.created_at);
    expect([...times].sort()).toEqual(times);
    expect(times[times.length - 1] < depot.clock.now.toISOString()).toBe(true);
  });

  it('gives every receipt its inspection record and critical parts their quotas (policy 5.1, 5.3)', async () => {
    const db = depot.core.db;
    await seedStockScale(db, { parts: 200, moves: 5000 }, () => undefined, depot.clock.now);

    const receipts: (MoveRow & {
      receipt_id: number | null;
      accepted: number;
      received: number;
      rejected: number;
      reject_reason: string | null;
      line_cost: number;
    })[] = await db('stock_moves as m')
      .leftJoin('receipt_lines as l', 'l.stock_move_id', 'm.id')
      .where('m.kind', 'receipt')
      .select(
        'm.*',
        'l.receipt_id',
        'l.accepted',
        'l.received',
        'l.rejected',
        'l.reject_reason',
        'l.unit_cost as line_cost',
      );
    expect(receipts.length).toBeGreaterThan(200);
    for (const r of receipts) {
      expect(r.ref_type).toBe('receipt');
      expect(r.ref_id).toBe(String(r.receipt_id));
      expect([r.accepted, r.line_cost]).toEqual([r.quantity, r.unit_cost]);
      expect(r.received).toBe(r.accepted + r.rejected);
      if (r.rejected > 0) expect(r.reject_reason).toBeTruthy();
    }
    expect(receipts.some((r) => r.rejected > 0)).toBe(true);

    const parts: {
      part_no: string;
      name_zh: string;
      critical: number;
      quota_per_line: number | null;
      quota_per_ticket: number | null;
    }[] = await db('parts');
    expect(parts.every((p) => /[\u4e00-\u9fff]/.test(p.name_zh))).toBe(true);
    const critical = parts.filter((p) => p.critical);
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.length).toBeLessThan(20);
    for (const p of parts) {
      expect(p.quota_per_line !== null && p.quota_per_ticket !== null).toBe(Boolean(p.critical));
    }

    // Policy 5.1: most parts have a preferred supplier with a lead time, never two.
    const preferred: { part_id: number; n: number }[] = await db('part_suppliers')
      .where({ preferred: true })
      .groupBy('part_id')
      .select('part_id')
      .count({ n: '*' });
    expect(preferred.length).toBeGreaterThan(150);
    expect(preferred.every((p) => Number(p.n) === 1)).toBe(true);

    // The catalogue reads like a stockroom: some parts below safety stock, found by the list.
    const below = await keeper.call('parts/list', { belowSafety: true, limit: 200 });
    expect(below.parts.length).toBeGreaterThan(0);
    expect(below.parts.every((p) => p.onHand < p.safetyStock)).toBe(true);
  });

  it('grows an existing stockroom without touching what is there', async () => {
    const db = depot.core.db;
    await seedStockScale(db, { parts: 100, moves: 2000 }, () => undefined, depot.clock.now);
    const before = await db('stock_levels').orderBy('part_id');
    const progress: number[] = [];
    const second = await seedStockScale(
      db,
      { parts: 50, moves: 1000 },
      (done, total) => progress.push(done / total),
      depot.clock.now,
    );
    expect(second.firstPartId).toBe(101);
    expect(progress[progress.length - 1]).toBe(1);
    expect(await db('stock_levels').where('part_id', '<=', 100).orderBy('part_id')).toEqual(before);
    const [{ n }] = await db('stock_moves').where('part_id', '>', 100).count({ n: '*' });
    expect(Number(n)).toBe(1000);
    expect(await verifyLedger(db)).toEqual([]);
  });
});

describe('npm run depot -- seed --scale-stock', () => {
  const run = promisify(execFile);
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  const cli = join(repoRoot, 'main', 'cli', 'depot.ts');

  it('seeds parts and moves with progress, and refuses nonsense sizes', async () => {
    const file = join(depot.dir, 'stock.sqlite');
    const out = await run(
      tsx,
      [cli, 'seed', '--scale-stock', '40', '--moves', '1000', '--db', file],
      { cwd: repoRoot },
    );
    expect(out.stdout + out.stderr).toMatch(/1040\/1040/);
    const db = await openDatabase(file);
    try {
      const [{ n }] = await db('stock_moves').count({ n: '*' });
      expect(Number(n)).toBe(1000);
      expect(await verifyLedger(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
    await expect(
      run(tsx, [cli, 'seed', '--scale-stock', '40', '--moves', '2.5', '--db', file], {
        cwd: repoRoot,
      }),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/--moves must be a whole number/) });
  }, 60_000);
});
