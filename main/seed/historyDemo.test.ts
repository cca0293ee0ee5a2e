import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { addDays } from '../intake/civilDate';
import { depotTimeZone, localDate, startOfLocalDay } from '../intake/zonedTime';
import { effectiveness } from '../improvement/effectiveness';
import { verifyDepot } from '../verify/verifyDepot';
import { recountOutcomes } from '../outcomes/fill';
import { storedSettingsIn } from '../outcomes/outcomes';
import { seedDemo } from './demo';
import { LAST_REPORT_DAYS_AGO, LOCK_ACTION_DAYS_AGO } from './historyPlan';

// The demo's six months of history (issue 10): a new manager who seeds the demo sees a living
// depot. Seeded once for all the checks below: Friday 27 November 2026, 09:00 in Taipei.

const now = new Date('2026-11-27T01:00:00Z');
const tz = depotTimeZone();
const today = localDate(now, tz);
const dayStart = (daysAgo: number) => startOfLocalDay(addDays(today, -daysAgo), tz).toISOString();

let dir: string;
let db: Knex;
let filled: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'depot-history-seed-'));
  db = await openDatabase(join(dir, 'depot.sqlite'));
  ({ outcomesFilled: filled } = await seedDemo(db, now, { dataDir: join(dir, 'data') }));
}, 300_000); // some 2,500 channel calls on a shared machine

afterAll(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const count = async (q: Knex.QueryBuilder) =>
  Number(((await q.count({ n: '*' })) as { n: number }[])[0].n);

describe('the demo history', () => {
  it('is a depot that verifies: audit chain, ledger, report numbers, signature files', async () => {
    const report = await verifyDepot(db, join(dir, 'data'), { now: () => now });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('keeps an outcome row for every unit handed back, equal to a full recount', async () => {
    const handedBack = await count(
      db('tickets').whereNotNull('completed_at').whereIn('status', ['delivered', 'closed']),
    );
    // Every row was written by its own hand-over: the seed's closing fill found none missing.
    expect(filled).toBe(0);
    expect(await count(db('ticket_outcomes'))).toBe(handedBack);
    expect(await recountOutcomes(db, await storedSettingsIn(db))).toEqual([]);
  });

  it('hands back a few hundred units, in every one of the last six months', async () => {
    const handedBack = await count(db('tickets').whereNotNull('completed_at'));
    expect(handedBack).toBeGreaterThanOrEqual(300);
    expect(handedBack).toBeLessThanOrEqual(600);
    const days = (await db('tickets')
      .whereNotNull('completed_at')
      .pluck('completed_at')) as string[];
    const months = new Set(days.map((d) => localDate(new Date(d), tz).slice(0, 7)));
    // June to November 2026.
    for (const m of ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'])
      expect(months).toContain(m);
  });

  it('queues a follow-up call for every delivered ticket, and has called all but the live demo', async () => {
    const delivered = db('ticket_transitions').where('to_status', 'delivered').select('ticket_id');
    const withoutCall = db('tickets as t')
      .whereIn('t.id', delivered)
      .whereNotExists(db('follow_ups as f').whereRaw('f.ticket_id = t.id').select('f.id'));
    expect(await count(withoutCall)).toBe(0);
    // Still open: only calls for units handed back after the history's last intake day.
    const openOld = db('follow_ups')
      .where('status', 'open')
      .where('delivered_at', '<', dayStart(LAST_REPORT_DAYS_AGO));
    expect(await count(openOld)).toBe(0);
    const scores = (await db('follow_ups')
      .whereNotNull('satisfaction')
      .distinct('satisfaction')
      .pluck('satisfaction')) as number[];
    expect(scores.sort()).toEqual([1, 2, 3, 4, 5]);
    // Some customers were not reached at the first try.
    expect(await count(db('follow_up_attempts').where('reached', false))).toBeGreaterThan(10);
  });

  it('routes a few complaints, each resolved and closed, with their whole timeline', async () => {
    const old = db('complaints').where('created_at', '<', dayStart(LAST_REPORT_DAYS_AGO));
    const total = await count(old.clone());
    expect(total).toBeGreaterThanOrEqual(5);
    expect(await count(old.clone().whereNot('status', 'closed'))).toBe(0);
    const kinds = (await db('complaint_events').distinct('kind').pluck('kind')) as string[];
    expect(kinds.sort()).toEqual(['closed', 'recorded', 'resolved', 'routed', 'started']);
  });

  it('costs repairs with labour and parts issued from stock, and quotes some accepted, some declined', async () => {
    expect(await count(db('labour_entries'))).toBeGreaterThanOrEqual(250);
    const issued = db('stock_moves')
      .where('ref_type', 'requisition_line')
      .where('quantity', '<', 0);
    expect(await count(issued)).toBeGreaterThan(100);
    expect(await count(db('quotes').where('status', 'approved'))).toBeGreaterThan(5);
    expect(await count(db('quotes').where('status', 'declined'))).toBeGreaterThan(5);
  });

  it('has emergencies met and missed, re-repairs, and training for each technician', async () => {
    const emergencies = db('tickets').whereNotNull('responded_at');
    expect(
      await count(emergencies.clone().whereRaw('responded_at <= response_due_at')),
    ).toBeGreaterThan(10);
    expect(
      await count(emergencies.clone().whereRaw('responded_at > response_due_at')),
    ).toBeGreaterThan(3);
    expect(await count(db('tickets').whereNotNull('repeat_of_ticket_id'))).toBeGreaterThanOrEqual(
      3,
    );
    const training = (await db('training_records as r')
      .join('staff as s', 's.id', 'r.staff_id')
      .groupBy('s.username')
      .select('s.username')
      .count({ n: '*' })) as { username: string; n: number }[];
    expect(Object.fromEntries(training.map((t) => [t.username, Number(t.n)]))).toMatchObject({
      hao: 4,
      ting: 4,
    });
  });

  it('tells a corrective action’s story: the door lock switch fault rises, then falls after the action', async () => {
    const lockFaults = (fromDaysAgo: number, toDaysAgo: number) =>
      count(
        db('ticket_faults as f')
          .join('fault_codes as c', 'c.id', 'f.cause_code_id')
          .join('tickets as t', 't.id', 'f.ticket_id')
          .where('c.code', 'LOCK-SW')
          .where('t.reported_at', '>=', dayStart(fromDaysAgo))
          .where('t.reported_at', '<', dayStart(toDaysAgo)),
      );
    // Eight weeks before the action against the eight weeks after the field stock ran out (three
    // weeks after it), and the first two months of the history.
    const before = await lockFaults(LOCK_ACTION_DAYS_AGO + 56, LOCK_ACTION_DAYS_AGO);
    const early = await lockFaults(183, 123);
    const after = await lockFaults(LOCK_ACTION_DAYS_AGO - 21, LAST_REPORT_DAYS_AGO);
    expect(before).toBeGreaterThan(3 * Math.max(1, after));
    expect(before).toBeGreaterThan(2 * Math.max(1, early));
    // The dominant fault stays the washing machines' blocked pump, with a long tail behind it.
    const causes = (await db('ticket_faults as f')
      .join('fault_codes as c', 'c.id', 'f.cause_code_id')
      .groupBy('c.code')
      .select('c.code')
      .count({ n: '*' })
      .orderBy('n', 'desc')) as { code: string; n: number }[];
    expect(causes.length).toBeGreaterThanOrEqual(15);
  });
  it('has the corrective action on the register, raised at a review meeting, done and awaiting its review', async () => {
    const problem = (await db('problems').first('id', 'status', 'source')) as {
      id: number;
      status: string;
      source: string;
    };
    expect(problem).toMatchObject({ status: 'done', source: 'trend' });
    const meeting = await db('meeting_problems').where({ problem_id: problem.id }).first();
    expect(meeting).toBeDefined();
    // The effectiveness review the manager will see: the fault's rate falls after the action.
    const e = await effectiveness(db, problem.id, 56, now);
    expect(e.actionDate).toBe(addDays(today, -LOCK_ACTION_DAYS_AGO));
    const rate = (w: typeof e.before) => w!.rate.count / Math.max(1, w!.rate.of);
    expect(rate(e.before)).toBeGreaterThan(2 * rate(e.after));
  });

  it('takes payment at hand-over for billed repairs', async () => {
    expect(await count(db('payments'))).toBeGreaterThan(10);
    const covered = await count(
      db('payments as p')
        .join('tickets as t', 't.id', 'p.ticket_id')
        .where('t.warranty_status', 'in_warranty'),
    );
    expect(covered).toBe(0);
  });
});
