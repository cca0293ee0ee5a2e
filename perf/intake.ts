import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openCore, type Core } from '../main/core';
import { openDatabase } from '../main/db/open';
import { DEMO_PIN, seedDemo } from '../main/seed/demo';
import { intakeScaleGenerator } from '../main/seed/intakeScale';
import { resourcesDir } from '../main/cli/paths';
import { report, time } from './measure';

// Intake at scale (issue 3): 1,000,000 tickets seeded, then the desk's lookups, the quick
// search, ticket creation and the receipt, all through the dispatcher as the UI calls them.

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.invoke('bench-clerk', channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as T;
}

export async function intakeBench(dir: string, rows: number): Promise<void> {
  const file = join(dir, 'intake.sqlite');
  const db = await openDatabase(file);
  const started = performance.now();
  await seedDemo(db, new Date());
  await intakeScaleGenerator.run(db, rows, () => undefined);
  const seedS = Math.round((performance.now() - started) / 100) / 10;
  // Keys spread over the whole table, so lookups are not all served from one warm page.
  const step = Math.max(1, Math.floor(rows / 1000));
  const tickets: { report_no: string; serial: string; phone: string }[] = await db('tickets as t')
    .join('units as u', 'u.id', 't.unit_id')
    .join('customer_phones as p', 'p.customer_id', 't.customer_id')
    .whereRaw('t.id % ? = 0', [step])
    .select('t.report_no', 'u.serial', 'p.phone')
    .limit(1000);
  const { id: stationId } = await db('repair_stations').first('id');
  const { id: modelId } = await db('product_models').first('id');
  await db.destroy();

  const core = await openCore({
    dbFile: file,
    dataDir: join(dir, 'intake-data'),
    resourcesDir,
    host: { kind: 'cli', version: 'bench' },
  });
  try {
    const roster = await call<{ id: number; username: string }[]>(core, 'session/roster', {});
    const clerk = roster.find((s) => s.username === 'mei')!;
    await call(core, 'session/signIn', { staffId: clerk.id, pin: DEMO_PIN });
    const key = (i: number) => tickets[i % tickets.length];
    const n = Math.min(1000, tickets.length);

    report(
      'intake.lookup_report_no',
      await time(n, (i) => call(core, 'tickets/search', { query: key(i).report_no, limit: 1 })),
      { rows, seed_s: seedS },
    );
    report(
      'intake.lookup_serial',
      await time(n, (i) => call(core, 'units/lookup', { serial: key(i).serial })),
      { rows },
    );
    report(
      'intake.lookup_phone',
      await time(n, (i) => call(core, 'customers/find', { phone: key(i).phone, limit: 5 })),
      { rows },
    );
    const names = ['美玲', '志明', '陳雅', '林家豪', '淑芬', '黃'];
    report(
      'intake.search_chinese_substring_first_page',
      await time(300, (i) =>
        call(core, 'tickets/search', { query: names[i % names.length], limit: 20 }),
      ),
      { rows },
    );

    const created: number[] = [];
    report(
      'intake.create_ticket',
      await time(200, async (i) => {
        const ticket = await call<{ id: number }>(core, 'tickets/create', {
          clientRequestId: randomUUID(),
          channel: 'counter',
          stationId,
          newCustomer: {
            kind: 'person',
            name: `效能測試 ${i}`,
            phones: [`09${String(10_000_000 + i * 7).slice(-8)}`],
          },
          newUnit: { modelId, serial: `BENCH-${Date.now()}-${i}`, invoiceDate: '2026-06-01' },
          faultDescription: '無法開機 / Does not power on',
        });
        created.push(ticket.id);
      }),
      { rows },
    );
    let kb = 0;
    const receipt = await time(30, async (i) => {
      const doc = await call<{ bytes: number }>(core, 'documents/receipt', {
        ticketId: created[i % created.length],
        language: 'zh-TW',
      });
      kb = Math.round(doc.bytes / 1024);
    });
    report('intake.receipt_pdf', receipt, { kb, limit_kb: 150 });
  } finally {
    await core.close();
  }
}
