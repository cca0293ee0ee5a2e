import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { openCore, type Core } from '../main/core';
import { openDatabase } from '../main/db/open';
import { rebuildOutcomes, recountOutcomes } from '../main/outcomes/fill';
import { storedSettingsIn } from '../main/outcomes/outcomes';
import { seedDemo } from '../main/seed/demo';
import { intakeScaleGenerator } from '../main/seed/intakeScale';
import { resourcesDir } from '../main/cli/paths';
import {
  openRawReader,
  signIn,
  type Client,
  type RawReader,
  baseline,
  sqlOf,
} from './benchClients';
import { report, time, type Stats } from './measure';

// Manage at scale (issue 10, performance): the intake seed (demo depot + BENCH_ROWS tickets over
// three years, handed back with completed_at), then per handed-back ticket a technician, one
// labour entry and a follow-up call (done with a score 1-5, the last weeks' still open), added
// in bulk SQL. Measured through the dispatcher as the Manage screens ask: the follow-up
// worklist's first page, the period cost report and the KPI table for a year, and the
// dashboard panels for a year, each beside the very SQL the handler sent on bare read-only
// sqlite3. Parts moves are not seeded at this scale (the cost report still runs its per-ticket
// parts sum, by index, for every ticket of the year). BENCH_MANAGE_FILE keeps the seeded
// database at that path and reuses it when it is already there.

/** The year the report scenarios ask for: the last full twelve months of the seeded span. */
const YEAR = { from: '2025-11-01', to: '2026-10-31' };
const PANELS = [
  'accounting/costTrend',
  'insight/volume',
  'insight/faults',
  'insight/turnaround',
  'insight/satisfaction',
  'insight/emergency',
] as const;

/** What each handed-back ticket carries beyond the intake seed; bulk SQL, SQLite only. */
async function seedAftercare(db: Knex): Promise<void> {
  const staff = async (username: string) =>
    ((await db('staff').where({ username }).first('id')) as { id: number }).id;
  const [hao, ting, mei] = [await staff('hao'), await staff('ting'), await staff('mei')];
  await db.raw(
    'UPDATE tickets SET assigned_to = CASE WHEN id % 2 = 0 THEN ? ELSE ? END WHERE completed_at IS NOT NULL',
    [hao, ting],
  );
  await db.raw(
    `INSERT INTO labour_entries (ticket_id, staff_id, source, minutes, note, created_at)
     SELECT id, assigned_to, 'manual', 15 + (id * 37) % 180, NULL, completed_at
       FROM tickets WHERE completed_at IS NOT NULL`,
  );
  // Called five days after hand-back; the last weeks of the span are still to call. Scores
  // lean to the top (5 and 4 for most), as the demo's do.
  await db.raw(
    `INSERT INTO follow_ups (ticket_id, delivered_at, due_date, due_at, status, satisfaction,
                             comments, done_by, done_at, created_at)
     SELECT id, completed_at, date(completed_at, '+5 days'),
            date(completed_at, '+5 days') || 'T15:59:59.999Z',
            CASE WHEN completed_at < '2026-10-25' THEN 'done' ELSE 'open' END,
            CASE WHEN completed_at < '2026-10-25'
                 THEN CASE (id * 7) % 10 WHEN 0 THEN 1 WHEN 1 THEN 2 WHEN 2 THEN 3
                      WHEN 3 THEN 4 WHEN 4 THEN 4 ELSE 5 END END,
            NULL,
            CASE WHEN completed_at < '2026-10-25' THEN ? END,
            CASE WHEN completed_at < '2026-10-25' THEN date(completed_at, '+4 days') || 'T06:00:00.000Z' END,
            completed_at
       FROM tickets WHERE completed_at IS NOT NULL`,
    [mei],
  );
}

async function seedOrReuse(file: string, rows: number): Promise<number | null> {
  if (existsSync(file)) return null;
  const db = await openDatabase(file);
  const started = performance.now();
  try {
    await seedDemo(db, new Date());
    await intakeScaleGenerator.run(db, rows, () => undefined);
    await seedAftercare(db);
    // The bulk SQL above changed tickets the demo had already handed back: every outcome row
    // and day sum anew (main/outcomes/), as a depot upgraded to migration 0035 fills them.
    await rebuildOutcomes(db, await storedSettingsIn(db));
  } finally {
    await db.destroy();
  }
  return Math.round((performance.now() - started) / 100) / 10;
}

/** Above this, a scenario is timed once (and its SQL replayed once): the figure is the point. */
const SLOW_MS = 5000;
/** A call that sends more statements than this is a query per row; its replay is left out. */
const MANY_STATEMENTS = 100;

/** Times a channel, then the same SQL it sent, statement by statement, on bare sqlite3. */
async function scenario(
  core: Core,
  reader: RawReader,
  client: Client,
  name: string,
  channel: string,
  input: unknown,
  n: number,
  extra: Record<string, unknown>,
): Promise<void> {
  const started = performance.now();
  const statements = await sqlOf(core, () => client.call(channel, input));
  const once = Math.round((performance.now() - started) * 1000) / 1000;
  const runs = once > SLOW_MS ? 1 : n;
  const stats: Stats =
    runs === 1
      ? { n: 1, p50_ms: once, p95_ms: once }
      : await time(runs, () => client.call(channel, input), 1);
  const line = { ...extra, statements: statements.length };
  if (statements.length > MANY_STATEMENTS) {
    report(name, stats, { ...line, baseline: 'left out: one query per ticket' });
    return;
  }
  const bare = await time(
    runs,
    async () => {
      for (const q of statements) await reader.all(q.sql, q.bindings);
    },
    runs === 1 ? 0 : 1,
  );
  report(name, stats, { ...line, ...baseline(bare) });
}

export async function manageBench(dir: string, rows: number): Promise<void> {
  const file = process.env.BENCH_MANAGE_FILE ?? join(dir, 'manage.sqlite');
  const seedS = await seedOrReuse(file, rows);
  // Opening migrates and fills ticket_outcomes for the tickets the bulk seed handed back.
  const opening = performance.now();
  const core = await openCore({
    dbFile: file,
    dataDir: join(dir, 'manage-data'),
    resourcesDir,
    host: { kind: 'cli', version: 'bench' },
  });
  const openS = Math.round((performance.now() - opening) / 100) / 10;
  const reader = await openRawReader(file);
  try {
    const [{ n }] = (await core.db('tickets').count({ n: '*' })) as { n: number }[];
    const size = { rows: Number(n), seed_s: seedS, open_s: openS };
    const clerk = await signIn(core, 'mei');
    const finance = await signIn(core, 'wen');

    await scenario(
      core,
      reader,
      clerk,
      'manage.followup_worklist_first_page',
      'followUps/worklist',
      { limit: 50 },
      300,
      { ...size, page: 50, limit_p95_ms: 20 },
    );
    await scenario(
      core,
      reader,
      finance,
      'manage.period_cost_report_year',
      'accounting/periodReport',
      YEAR,
      5,
      { ...size, ...YEAR, limit_ms: 2000 },
    );
    await scenario(
      core,
      reader,
      finance,
      'manage.kpi_all_technicians_year',
      'appraisal/indicators',
      YEAR,
      5,
      { ...size, ...YEAR, limit_ms: 1000 },
    );
    for (const channel of PANELS) {
      await scenario(
        core,
        reader,
        finance,
        `manage.panel_${channel.split('/')[1]}_year`,
        channel,
        YEAR,
        20,
        {
          ...size,
          ...YEAR,
          limit_p95_ms: 300,
        },
      );
    }
    // The summary is exact: every outcome row against a recount from the source rows.
    const recounting = performance.now();
    const differences = await recountOutcomes(core.db, core.services.settings.current());
    const [{ n: outcomes }] = (await core.db('ticket_outcomes').count({ n: '*' })) as {
      n: number;
    }[];
    console.log(
      JSON.stringify({
        name: 'manage.outcomes_recount',
        rows: Number(n),
        outcomes: Number(outcomes),
        differences: differences.length,
        recount_s: Math.round((performance.now() - recounting) / 100) / 10,
      }),
    );
  } finally {
    await reader.close();
    await core.close();
  }
}
