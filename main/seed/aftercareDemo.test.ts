import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unresolvedComplaints } from '../aftercare/complaintRepo';
import { followUpWorklist } from '../aftercare/followUpRepo';
import { openDatabase } from '../db/open';
import { seedDemo } from './demo';

let dir: string;
let db: Knex;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'depot-aftercare-seed-'));
  db = await openDatabase(join(dir, 'depot.sqlite'));
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('the aftercare demo (policy 3.6)', () => {
  it('hands units back so calls are overdue and due, one answered, one complaint routed', async () => {
    // Friday 27 November 2026, 09:00 in Taipei; calls are due 3 working days after delivery.
    const now = new Date('2026-11-27T01:00:00Z');
    // Without the six months of settled history (historyDemo.test.ts covers it).
    await seedDemo(db, now, { dataDir: join(dir, 'data'), history: false });

    const delivered = await db('tickets').where({ status: 'delivered' }).count({ n: '*' });
    expect(Number(delivered[0].n)).toBe(5);
    // Still to call, earliest due first: the one not reached (retry) and the one never called,
    // both overdue; the one handed back two days ago, not due yet. The pleased and the unhappy
    // customers were reached, so their calls are done.
    const { rows } = await followUpWorklist(db, {
      limit: 10,
      overdueOnly: false,
      now: now.toISOString(),
    });
    expect(rows.map((r) => [r.customerName, r.overdue, r.attempts])).toEqual([
      ['周建國 Chou Chien-kuo', true, 1],
      ['鄭雅文 Cheng Ya-wen', true, 0],
      ['許志偉 Hsu Chih-wei', false, 0],
    ]);
    const scores = await db('follow_ups').whereNotNull('satisfaction').orderBy('id');
    expect(scores.map((f) => f.satisfaction)).toEqual([5, 2]);

    const open = await unresolvedComplaints(db, { limit: 10, now: now.toISOString() });
    expect(open.rows).toHaveLength(1);
    expect(open.rows[0]).toMatchObject({
      status: 'open',
      responsible: { displayName: '陳美華 Chen Mei-hua' },
      dueDate: '2026-12-01',
      overdue: false,
    });
  });
});
