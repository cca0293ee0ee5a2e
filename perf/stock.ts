import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../main/core';
import { openDatabase } from '../main/db/open';
import type { Output } from '../main/handlers';
import { seedDemo } from '../main/seed/demo';
import { seedStockScale } from '../main/seed/stockScale';
import { resourcesDir } from '../main/cli/paths';
import { openRaw } from './rawSqlite';
import { openRawReader, signIn, baseline, sqlOf, type Sql } from './benchClients';
import { report, time } from './measure';

// The stockroom at scale (issue 4, performance): 100,000 parts and 5,000,000 ledger moves, then
// the parts list, the ledger check (賬實相符) and issuing a requisition line, all through the
// dispatcher as the UI calls them, each beside the bare SQL of the same run.
// BENCH_STOCK_PARTS / BENCH_STOCK_MOVES shrink it for a quick run; BENCH_STOCK_FILE keeps the
// seeded database at that path and reuses it when it is already there.

const PARTS = Number(process.env.BENCH_STOCK_PARTS ?? 100_000);
const MOVES = Number(process.env.BENCH_STOCK_MOVES ?? 5_000_000);
/** The parts screen asks for 200 rows a page (renderer usePartPages). */
const PAGE = 200;
const ISSUES = 300;

async function seedOrReuse(file: string): Promise<number | null> {
  if (existsSync(file)) return null;
  const db = await openDatabase(file);
  const started = performance.now();
  try {
    await seedDemo(db, new Date());
    let shown = 0;
    await seedStockScale(db, { parts: PARTS, moves: MOVES }, (done, total) => {
      if (performance.now() - shown < 15_000) return;
      shown = performance.now();
      console.error(`seeding the stockroom: ${done}/${total}`);
    });
  } finally {
    await db.destroy();
  }
  return Math.round((performance.now() - started) / 100) / 10;
}

export async function stockBench(dir: string): Promise<void> {
  const file = process.env.BENCH_STOCK_FILE ?? join(dir, 'stock.sqlite');
  const seedS = await seedOrReuse(file);

  const db = await openDatabase(file);
  const [{ parts, moves }] = (await db('stock_levels')
    .count({ parts: '*' })
    .sum({ moves: db.raw('version - 1') })) as { parts: number; moves: number }[];
  const size = { parts: Number(parts), moves: Number(moves), seed_s: seedS };
  // Units to issue: ordinary parts (no quota), active, with stock, spread over the catalogue;
  // one slot per unit, never more than a part has on hand (the handler and the raw floor).
  const stocked = (await db('parts as p')
    .join('stock_levels as l', 'l.part_id', 'p.id')
    .where({ 'p.critical': false, 'p.active': true })
    .andWhere('l.on_hand', '>=', 2)
    .whereRaw('p.id % ? = 0', [Math.max(1, Math.floor(PARTS / (4 * ISSUES)))])
    .orderBy('p.id')
    .select('p.id', 'l.on_hand')) as { id: number; on_hand: number }[];
  const issueParts: number[] = [];
  const need = 2 * (ISSUES + 3);
  for (let unit = 0; issueParts.length < need && unit < 1000; unit++) {
    for (const p of stocked)
      if (p.on_hand > unit && issueParts.length < need) issueParts.push(p.id);
  }
  if (issueParts.length < need) {
    throw new Error(`Only ${issueParts.length} units to issue; seed more moves (need ${need}).`);
  }
  const tickets = (await db('tickets').whereNot('status', 'cancelled').pluck('id')) as number[];
  const categories = (await db('parts').distinct('category').pluck('category')) as string[];
  const hottest = (await db('stock_levels').orderBy('version', 'desc').first('part_id')) as {
    part_id: number;
  };
  const prefixes = ['Left', '左', 'Drain', '排水', 'PUMP-01', 'COMP-0421', 'Thermal', '溫度'];
  const matches: Record<string, number> = {};
  for (const prefix of prefixes) {
    const [{ n }] = await db('parts')
      .where('part_no', 'like', `${prefix.toUpperCase()}%`)
      .orWhere('name_en', 'like', `${prefix}%`)
      .orWhere('name_zh', 'like', `${prefix}%`)
      .count({ n: '*' });
    matches[prefix] = Number(n);
  }
  const [{ below }] = await db('parts as p')
    .join('stock_levels as l', 'l.part_id', 'p.id')
    .where('p.active', true)
    .whereRaw('l.on_hand < p.safety_stock')
    .count({ below: '*' });
  await db.destroy();

  const core = await openCore({
    dbFile: file,
    dataDir: join(dir, 'stock-data'),
    resourcesDir,
    host: { kind: 'cli', version: 'bench' },
  });
  // Baselines beside the core in the same run: the very SQL the handler sent, through bare
  // sqlite3 (reads), and the ledger write alone (raw sqlite3 with the core's pragmas).
  const reader = await openRawReader(file);
  const raw = await openRaw(file);
  try {
    const technician = await signIn(core, 'hao');
    const supervisor = await signIn(core, 'fen');
    const keeper = await signIn(core, 'kuo');

    const lists: [string, (i: number) => Record<string, unknown>, Record<string, unknown>][] = [
      ['stock.parts_list_first_page', () => ({}), {}],
      [
        'stock.parts_list_text_prefix',
        (i) => ({ text: prefixes[i % prefixes.length] }),
        { matches },
      ],
      [
        'stock.parts_list_category',
        (i) => ({ category: categories[i % categories.length] }),
        { categories: categories.length },
      ],
      ['stock.parts_list_below_safety', () => ({ belowSafety: true }), { below: Number(below) }],
    ];
    for (const [name, input, extra] of lists) {
      const page = (i: number) => keeper.call('parts/list', { ...input(i), limit: PAGE });
      const stats = await time(400, page);
      const statements: Sql[] = [];
      for (let i = 0; i < 8; i++) statements.push((await sqlOf(core, () => page(i)))[0]);
      const bare = await time(400, (i) => {
        const q = statements[i % statements.length];
        return reader.all(q.sql, q.bindings);
      });
      report(name, stats, { ...size, page: PAGE, ...extra, ...baseline(bare), limit_p95_ms: 20 });
    }

    let consistent: boolean | null = null;
    const verifySql = await sqlOf(core, async () => {
      consistent = (await keeper.call<Output<'stock/verify'>>('stock/verify', {})).consistent;
    });
    const verify = await time(5, () => keeper.call('stock/verify', {}), 1);
    const mismatches = verifySql.find((q) => /stock_moves/.test(q.sql));
    const bareVerify = mismatches
      ? await time(5, () => reader.all(mismatches.sql, mismatches.bindings), 1)
      : null;
    const sumOnly = await time(
      5,
      () =>
        reader.all('SELECT part_id, SUM(quantity) AS total FROM stock_moves GROUP BY part_id', []),
      1,
    );
    report('stock.verify_ledger', verify, {
      ...size,
      consistent,
      ...(bareVerify && baseline(bareVerify)),
      sum_group_by_ms: sumOnly.p50_ms,
      limit_ms: 10_000,
    });

    // A requisition line from request to issue; created and approved outside the issue timing.
    const reqs: Output<'requisitions/create'>[] = [];
    const create = await time(ISSUES, async () => {
      const k = reqs.length;
      reqs.push(
        await technician.call<Output<'requisitions/create'>>('requisitions/create', {
          ticketId: tickets[k % tickets.length],
          lines: [{ partId: issueParts[k], quantity: 1 }],
        }),
      );
    });
    let next = 0;
    const decide = await time(ISSUES, async () => {
      const req = reqs[next++];
      await supervisor.call('requisitions/decide', {
        id: req.id,
        version: req.version,
        decision: 'approve',
        lines: [{ lineId: req.lines[0].id, approved: 1 }],
      });
    });
    next = 0;
    const issue = await time(ISSUES, async () => {
      const req = reqs[next++];
      await keeper.call('requisitions/issue', {
        id: req.id,
        lines: [{ lineId: req.lines[0].id, quantity: 1 }],
      });
    });
    // The floor of one issue: the conditional stock update and the ledger row in one
    // transaction (synchronous=FULL: one fsync per commit, like the handler's).
    let k = 0;
    const floor = await time(ISSUES, async () => {
      const partId = issueParts[ISSUES + 3 + k++];
      await raw.run('BEGIN IMMEDIATE');
      await raw.run(
        'UPDATE stock_levels SET on_hand = on_hand - 1, version = version + 1 WHERE part_id = ? AND on_hand >= 1',
        [partId],
      );
      await raw.run(
        `INSERT INTO stock_moves (part_id, kind, quantity, unit_cost, ref_type, ref_id, note, created_by, created_at)
         SELECT ?, 'issue', -1, avg_cost, 'bench', NULL, NULL, ?, ? FROM stock_levels WHERE part_id = ?`,
        [partId, keeper.staffId, new Date().toISOString(), partId],
      );
      await raw.run('COMMIT');
    });
    report('stock.requisition_create', create, size);
    report('stock.requisition_approve', decide, size);
    report('stock.requisition_issue_line', issue, {
      ...size,
      ...baseline(floor),
      limit_p50_ms: 5,
    });

    report(
      'stock.part_ledger_first_page_busiest_part',
      await time(300, () => keeper.call('parts/ledger', { partId: hottest.part_id })),
      size,
    );
    report('stock.reorder_report', await time(5, () => keeper.call('stock/reorder', {}), 1), size);
    report(
      'stock.overstock_report',
      await time(5, () => keeper.call('stock/overstock', {}), 1),
      size,
    );
  } finally {
    await raw.close();
    await reader.close();
    await core.close();
  }
  console.error(`stock bench database: ${file} (${Math.round(statSync(file).size / 2 ** 20)} MiB)`);
}
