import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { listParts } from '../stock/partRepo';
import { verifyLedger } from '../stock/ledger';
import { seedDemo } from './demo';

let dir: string;
let db: Knex;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'depot-stock-seed-'));
  db = await openDatabase(join(dir, 'depot.sqlite'));
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('the stockroom demo', () => {
  it('stocks bilingual parts in bins, critical ones with quotas, books matching the ledger', async () => {
    await seedDemo(db, new Date('2026-11-27T01:00:00Z'));
    const { parts } = await listParts(db, { includeInactive: false, limit: 200 });
    expect(parts.length).toBeGreaterThanOrEqual(20);
    expect(parts.every((p) => p.nameEn && /\p{Script=Han}/u.test(p.nameZh))).toBe(true);
    // Bin A-02 holds the parts the count walkthrough counts.
    expect(parts.filter((p) => p.bin === 'A-02').map((p) => p.partNo)).toEqual([
      'WM-BEAR-6205',
      'WM-DOOR-SEAL',
      'WM-HOSE-IN',
      'WM-LOCK-01',
    ]);
    const board = parts.find((p) => p.partNo === 'AC-INV-PCB');
    expect(board).toMatchObject({ critical: true, quotaPerLine: 1, quotaPerTicket: 2, onHand: 4 });
    // Policy 5.2: some parts to reorder, one above its maximum.
    expect(parts.some((p) => p.belowSafety)).toBe(true);
    expect(parts.some((p) => p.onHand > p.maxStock)).toBe(true);
    expect(await verifyLedger(db)).toEqual([]);

    // One inspected delivery line was partly rejected (policy 5.1).
    const rejected = await db('receipt_lines').where('rejected', '>', 0).select('reject_reason');
    expect(rejected).toHaveLength(1);

    const queue = await db('requisitions').orderBy('id').select('status');
    expect(queue.map((r) => r.status)).toEqual(['issued', 'pending']);
  });
});
