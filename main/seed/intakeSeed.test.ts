import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { getTicketDetail } from '../intake/ticketRepo';
import { seedDemo } from './demo';
import { intakeScaleGenerator } from './intakeScale';

let dir: string;
let db: Knex;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'depot-seed-'));
  db = await openDatabase(join(dir, 'depot.sqlite'));
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('intake seeds', () => {
  it('the demo shows every warranty outcome, an overdue emergency, a repeat and a cancellation', async () => {
    const now = new Date('2026-11-27T01:00:00Z');
    await seedDemo(db, now);
    const tickets = await db('tickets').orderBy('id');
    expect(tickets.map((t) => t.report_no)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `R2026-00000${n}`),
    );
    expect(new Set(tickets.map((t) => t.warranty_status))).toEqual(
      new Set(['covered', 'not_covered', 'unverified']),
    );
    expect(tickets.filter((t) => t.status === 'cancelled')).toHaveLength(1);
    const repeat = tickets.find((t) => t.repeat_of_ticket_id !== null);
    expect(repeat?.repeat_of_ticket_id).toBe(tickets[0].id);
    const details = await Promise.all(
      tickets.map((t) => getTicketDetail(db, t.id, now.toISOString())),
    );
    expect(details.filter((d) => d!.overdue).map((d) => d!.unit.serial)).toEqual(['AC36-7788123']);
    expect(details[2]!.warranty.reasons[0].zh).toContain('不屬保修範圍');
  });

  it('the scale generator grows customers, units and tickets with gapless numbers, twice over', async () => {
    await intakeScaleGenerator.run(db, 900, () => undefined);
    await intakeScaleGenerator.run(db, 600, () => undefined);
    const count = async (table: string) =>
      Number((await db(table).count<{ n: number }[]>({ n: '*' }))[0].n);
    expect(await count('tickets')).toBe(1500);
    expect(await count('customers')).toBe(500);
    expect(await count('units')).toBe(750);
    const perYear: { year: number; n: number; top: number; last: number }[] = await db(
      'tickets as t',
    )
      .join('report_counters as r', 'r.year', 't.report_year')
      .groupBy('t.report_year', 'r.last_seq')
      .select('t.report_year as year', 'r.last_seq as last')
      .count({ n: '*' })
      .max({ top: 't.report_seq' });
    expect(perYear.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    for (const y of perYear) expect([Number(y.n), y.top]).toEqual([y.last, y.last]);
    const snapshot = await getTicketDetail(db, 1, '2026-11-27T00:00:00.000Z');
    expect(snapshot?.warranty.reasons.length).toBeGreaterThan(0);
  });
});
