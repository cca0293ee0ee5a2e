import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { openCore, type Core } from '../main/core';
import { openDatabase } from '../main/db/open';
import { auditHistoryGenerator } from '../main/seed/scale';
import { createPdfEngine } from '../main/pdf/engine';
import { resourcesDir } from '../main/cli/paths';
import { openRaw } from './rawSqlite';
import { sampleSnapshot } from '../main/pdf/testing/sampleSnapshot';
import { intakeBench } from './intake';
import { stockBench } from './stock';
import { benchRepairBench } from './benchRepair';
import { manageBench } from './manage';
import { report, time } from './measure';

// `npm run bench`: one JSON line per scenario, with a raw baseline from the same run where one
// exists. Figures are recorded in docs/performance.md; tests never assert timings.

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'depot-bench-'));
const fontsDir = join(resourcesDir, 'fonts');

async function openBenchCore(file: string): Promise<Core> {
  return openCore({
    dbFile: file,
    dataDir: join(dir, 'data'),
    resourcesDir,
    host: { kind: 'cli', version: 'bench' },
  });
}

async function call(core: Core, client: string, channel: string, input: unknown): Promise<unknown> {
  const result = await core.invoke(client, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data;
}

async function openAndMigrate(): Promise<void> {
  const stats = await time(20, async (i) => {
    const db = await openDatabase(join(dir, `open-${i}-${Math.random()}.sqlite`));
    await db.destroy();
  });
  report('db.open_migrate_empty', stats);
}

async function auditedWrite(): Promise<void> {
  const core = await openBenchCore(join(dir, 'write.sqlite'));
  await call(core, 'bench', 'session/setup', {
    username: 'bench',
    displayName: 'Bench',
    pin: '1234',
  });
  const stats = await time(300, (i) =>
    call(core, 'bench', 'settings/update', { policy: { emergencyResponseHours: 1 + (i % 24) } }),
  );
  await core.close();

  const raw = await openRaw(join(dir, 'raw-write.sqlite'));
  await raw.run('CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT NOT NULL)');
  const baseline = await time(300, (i) => raw.run('INSERT INTO t (value) VALUES (?)', [`v${i}`]));
  await raw.close();
  report('write.audited_handler_vs_raw_insert', stats, {
    baseline_ms: baseline.p50_ms,
    baseline_p95_ms: baseline.p95_ms,
  });
}

async function indexedRead(): Promise<string> {
  const file = join(dir, 'scale.sqlite');
  const db = await openDatabase(file);
  const started = performance.now();
  await auditHistoryGenerator.run(db, ROWS, () => undefined);
  const seedMs = performance.now() - started;
  const keys = Math.max(1, Math.floor(ROWS / 5));
  const key = (i: number) => String(1 + ((i * 7919) % keys));
  const stats = await time(2000, (i) =>
    db('audit_log')
      .where({ entity: 'ticket', entity_id: key(i) })
      .first(),
  );
  await db.destroy();

  const raw = await openRaw(file);
  const baseline = await time(2000, (i) =>
    raw.get('SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? LIMIT 1', [
      'ticket',
      key(i),
    ]),
  );
  await raw.close();
  report('read.indexed_1M_knex_vs_raw_get', stats, {
    rows: ROWS,
    seed_s: Math.round(seedMs / 100) / 10,
    baseline_ms: baseline.p50_ms,
    baseline_p95_ms: baseline.p95_ms,
  });
  return file;
}

/** The core's memory with the big database open, measured in a child so nothing else counts. */
function coreMemory(file: string): void {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'memoryProbe.ts'), file],
    {
      encoding: 'utf8',
    },
  );
  console.log(out.trim());
}

function rawPdfkit(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 40 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('tc', join(fontsDir, 'NotoSansTC-Regular.ttf'));
    doc
      .font('tc')
      .fontSize(16)
      .text(`${sampleSnapshot.header.name} ${sampleSnapshot.header.nameZh}`);
    doc.fontSize(10).text(sampleSnapshot.header.address).text(sampleSnapshot.header.phone);
    doc.moveDown().fontSize(14).text('Sample document / 範例文件');
    for (const row of sampleSnapshot.rows)
      doc.fontSize(10).text(`${row.customer}  ${row.model}  ${row.fault}`);
    doc.end();
  });
}

async function pdfs(): Promise<void> {
  const engine = createPdfEngine({ fontsDir });
  let bytes = 0;
  const stats = await time(40, async () => {
    bytes = (await engine.render({ kind: 'sample', language: 'zh-TW', snapshot: sampleSnapshot }))
      .length;
  });
  let rawBytes = 0;
  const baseline = await time(40, async () => {
    rawBytes = (await rawPdfkit()).length;
  });
  report('pdf.sample_vs_raw_pdfkit', stats, {
    kb: Math.round(bytes / 1024),
    baseline_ms: baseline.p50_ms,
    baseline_kb: Math.round(rawBytes / 1024),
  });

  // While 100 documents render in the worker pool, the main thread must stay responsive.
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 100 }, () =>
      engine.render({ kind: 'sample', language: 'en', snapshot: sampleSnapshot }),
    ),
  );
  const total = performance.now() - started;
  histogram.disable();
  console.log(
    JSON.stringify({
      name: 'pdf.main_thread_stall_100_docs',
      n: 100,
      max_stall_ms: Math.round(histogram.max / 1e5) / 10,
      p99_stall_ms: Math.round(histogram.percentile(99) / 1e5) / 10,
      total_ms: Math.round(total),
      docs_per_s: Math.round((100 / total) * 1000 * 10) / 10,
    }),
  );
  await engine.close();
}

// BENCH_ONLY=foundation|intake|stock|bench|manage runs one group.
const only = process.env.BENCH_ONLY;
try {
  if (!only || only === 'foundation') {
    await openAndMigrate();
    await auditedWrite();
    await pdfs();
    const file = await indexedRead();
    coreMemory(file);
  }
  if (!only || only === 'intake') await intakeBench(dir, ROWS);
  if (!only || only === 'stock') await stockBench(dir);
  if (!only || only === 'bench') await benchRepairBench(dir, ROWS);
  if (!only || only === 'manage') await manageBench(dir, ROWS);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
