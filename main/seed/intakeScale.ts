import { indexNewTicketRange } from '../search/ticketSearch';
import type { Knex } from 'knex';
import { addDays, type IsoDate } from '../intake/civilDate';
import { formatReportNo } from '../intake/reportNumber';
import { decideWarranty } from '../intake/warranty';
import { emergencyDues } from '../intake/workingDays';
import { depotTimeZone, localDate } from '../intake/zonedTime';
import { DEFAULT_SETTINGS } from '../settings/settingsSchema';
import { scaleName, scaleReferences } from './intakeScaleData';
// Type-only: scale.ts imports this file to register the generator.
import type { ScaleGenerator, ScaleProgress } from './scale';
import { sequence } from './sequence';
import { toStored } from '../intake/warrantySnapshot';

// `seed --scale N` for the intake desk: N tickets over three years, on N/2 units owned by N/3
// customers, with real report numbers (continuing each year's counter), warranty snapshots and
// emergency dues. Batched multi-row inserts in large transactions: 1,000,000 tickets in minutes.

const BATCH = 400; // 38 ticket columns x 400 rows stays under SQLite's 32766 variables
const PER_TRANSACTION = 50_000;
const SPAN_START = Date.UTC(2024, 0, 1);
const SPAN_END = Date.UTC(2026, 10, 20);
const DAY = 86_400_000;

async function maxId(db: Knex, table: string): Promise<number> {
  const [row] = await db(table).max<{ m: number | null }[]>({ m: 'id' });
  return Number(row.m ?? 0);
}

/** Inserts `count` generated rows in batches, `PER_TRANSACTION` rows per transaction. */
async function bulk(
  db: Knex,
  table: string,
  count: number,
  row: (i: number) => Record<string, unknown>,
  tick: (rows: number) => void,
  inSameTransaction?: (trx: Knex.Transaction) => Promise<void>,
) {
  for (let start = 0; start < count; start += PER_TRANSACTION) {
    const end = Math.min(count, start + PER_TRANSACTION);
    await db.transaction(async (trx) => {
      for (let i = start; i < end; i += BATCH) {
        const rows = [];
        for (let j = i; j < Math.min(end, i + BATCH); j++) rows.push(row(j));
        await trx(table).insert(rows);
      }
      await inSameTransaction?.(trx);
    });
    tick(end - start);
  }
}

export const intakeScaleGenerator: ScaleGenerator = {
  name: 'intake (customers, units, tickets)',
  async run(db, n, progress) {
    // A bigger page cache while seeding keeps the growing indexes in memory (SQLite only).
    if (db.client.config.client !== 'sqlite3') return seed(db, n, progress);
    const [before] = (await db.raw('PRAGMA cache_size')) as { cache_size: number }[];
    await db.raw('PRAGMA cache_size = -262144'); // 256 MiB
    try {
      await seed(db, n, progress);
    } finally {
      await db.raw(`PRAGMA cache_size = ${Number(before.cache_size)}`);
    }
  },
};

async function seed(db: Knex, n: number, progress: ScaleProgress): Promise<void> {
  const at = new Date().toISOString();
  const timeZone = depotTimeZone();
  const refs = await scaleReferences(db, at);
  const random = sequence(n * 31 + 7);
  const customers = Math.max(1, Math.ceil(n / 3));
  const units = Math.max(1, Math.ceil(n / 2));
  const total = customers * 2 + units + n * 2;
  let done = 0;
  const tick = (rows: number) => progress(Math.floor(((done += rows) / total) * n), n);

  const c0 = await maxId(db, 'customers');
  await bulk(
    db,
    'customers',
    customers,
    (i) => ({ id: c0 + i + 1, ...scaleName(c0 + i, random), created_at: at, updated_at: at }),
    tick,
  );
  const p0 = await maxId(db, 'customer_phones');
  await bulk(
    db,
    'customer_phones',
    customers,
    (i) => {
      const digits = String(10_000_000 + (((c0 + i) * 7_919) % 90_000_000));
      const phone = `09${digits.slice(0, 2)}-${digits.slice(2, 5)}-${digits.slice(5)}`;
      return {
        id: p0 + i + 1,
        customer_id: c0 + i + 1,
        phone,
        phone_normalised: phone.replaceAll('-', ''),
        position: 0,
      };
    },
    tick,
  );

  // Units bought 2022-2023, before any ticket of the span (so under warranty early in the span
  // and mostly expired at its end); one in ten has no invoice on file.
  const u0 = await maxId(db, 'units');
  const unitModel = (i: number) => refs.models[(i * 2_654_435_761) % refs.models.length];
  const unitOwner = (i: number) => c0 + 1 + ((i * 40_503) % customers);
  const invoiceOf = (i: number): IsoDate | null =>
    i % 10 === 9 ? null : addDays('2022-01-01', (i * 7_717) % 730);
  await bulk(
    db,
    'units',
    units,
    (i) => ({
      id: u0 + i + 1,
      model_id: unitModel(i).id,
      serial: `SN${String(u0 + i + 1).padStart(9, '0')}`,
      invoice_date: invoiceOf(i),
      invoice_no: invoiceOf(i) && `AB-${String(10_000_000 + i).slice(-8)}`,
      seller: invoiceOf(i) && '全國電子 E-Life',
      customer_id: unitOwner(i),
      created_at: at,
      updated_at: at,
    }),
    tick,
  );

  const counters = new Map<number, number>(
    (await db('report_counters').select('year', 'last_seq')).map((r) => [r.year, r.last_seq]),
  );
  const t0 = await maxId(db, 'tickets');
  const calendar = DEFAULT_SETTINGS.calendar;
  await bulk(
    db,
    'tickets',
    n,
    (k) => {
      const reported = new Date(
        SPAN_START + Math.floor(((k + random()) / n) * (SPAN_END - SPAN_START)),
      );
      const year = Number(localDate(reported, timeZone).slice(0, 4));
      const seq = (counters.get(year) ?? 0) + 1;
      counters.set(year, seq);
      const u = Math.floor(random() * units);
      const model = unitModel(u);
      const warranty = decideWarranty({
        intakeDate: localDate(reported, timeZone),
        invoiceDate: invoiceOf(u),
        policy: { warrantyMonths: model.months, source: 'type' },
        exclusions: k % 23 === 0 ? [{ reason: 'misuse', note: '進水 / water inside' }] : [],
      });
      const dues = model.emergency
        ? emergencyDues(reported, DEFAULT_SETTINGS.policy, calendar, timeZone)
        : null;
      const old = SPAN_END - reported.getTime() > 14 * DAY;
      const cancelled = k % 50 === 0;
      return {
        id: t0 + k + 1,
        report_no: formatReportNo(year, seq),
        report_year: year,
        report_seq: seq,
        channel: ['counter', 'phone', 'email', 'online'][k % 4],
        reported_at: reported.toISOString(),
        customer_id: unitOwner(u),
        unit_id: u0 + u + 1,
        station_id: refs.stationIds[k % refs.stationIds.length],
        fault_description: [
          '無法開機 / Does not power on',
          '運轉異音 / Noisy',
          '不製冷 / Not cooling',
          '漏水 / Leaking',
        ][k % 4],
        accessories: '[]',
        emergency: model.emergency,
        // Old tickets went through the bench and were closed; the last fortnight is still open.
        status: cancelled ? 'cancelled' : old ? 'closed' : 'received',
        warranty_status: warranty.status,
        warranty_snapshot: toStored(warranty),
        not_covered_explanation: warranty.covered
          ? null
          : '已向客戶說明 / Explained to the customer',
        response_due_at: dues?.responseDueAt ?? null,
        onsite_due_at: dues?.onSiteDueAt ?? null,
        responded_at: dues && old ? dues.responseDueAt : null,
        onsite_at: dues && old ? dues.onSiteDueAt : null,
        completed_at:
          old && !cancelled
            ? new Date(reported.getTime() + (1 + (k % 9)) * DAY).toISOString()
            : null,
        cancelled_at: cancelled ? reported.toISOString() : null,
        // UUID-shaped and rising with the id: appends to the unique index instead of random writes.
        client_request_id: `00000000-0000-4000-8000-${(t0 + k + 1).toString(16).padStart(12, '0')}`,
        request_hash: 'scale-seed',
        created_by: refs.staffId,
        created_at: reported.toISOString(),
        updated_at: reported.toISOString(),
      };
    },
    tick,
    // Counters move with their tickets, so an interrupted seed never leaves a number behind
    // that the intake desk would draw again.
    async (trx) => {
      for (const [year, last] of counters) {
        await trx('report_counters').insert({ year, last_seq: last }).onConflict('year').merge();
      }
    },
  );

  // The quick-search index for the new tickets, in windows of ids.
  for (let from = t0 + 1; from <= t0 + n; from += PER_TRANSACTION) {
    const to = Math.min(t0 + n, from + PER_TRANSACTION - 1);
    await db.transaction((trx) => indexNewTicketRange(trx, from, to));
    tick(to - from + 1);
  }
}
