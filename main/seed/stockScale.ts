import type { Knex } from 'knex';
// Type-only: the progress callback has the same shape as the other scale generators'.
import type { ScaleProgress } from './scale';
import { sequence } from './sequence';
import {
  SCALE_ADJUST_REASONS,
  SCALE_CATEGORIES,
  SCALE_REJECT_REASONS,
  SCALE_SUPPLIERS,
  scaleBin,
  scalePartName,
  scaleStockStaff,
} from './stockScaleData';

// `seed --scale-stock <parts> [--moves <n>]` (issue 4, performance): a stockroom with years of
// history. N parts, then M ledger moves over the three years before `now`, simulated in memory
// so that every rule of the live ledger holds in the data: on-hand is the sum of the part's
// moves and never dips below zero along the way (policy 5.2), the average cost moves exactly as
// postMove moves it, every receipt has its inspection record and most parts a preferred
// supplier (policy 5.1), critical parts have quotas (policy 5.3). Receipts and corrections point
// at what the live channels would write (a receipt, ref 'adjustment'); issues, returns, scraps
// and count variances are history from before Depot (ref 'history'), so no seeded move ever
// claims a real requisition line or count. stock_levels is written in the same transaction as
// the moves it sums: even an interrupted seed leaves books that match. Batched multi-row
// inserts: 5,000,000 moves in a few minutes.

export type StockScale = { parts: number; moves: number };
export type StockScaleResult = StockScale & { receipts: number; firstPartId: number };

/** Moves per part when --moves is not given. */
export const DEFAULT_MOVES_PER_PART = 50;

const BATCH = 500; // knex builds a multi-row insert as a UNION ALL of at most 500 SELECTs
const PER_TRANSACTION = 100_000;
const DAY = 86_400_000;
const SPAN_DAYS = 3 * 365;
/** Safety stock covers about two weeks of expected usage (policy 5.2). */
const COVER_DAYS = 14;
/** Of the moves that are not forced (opening stock, refill at the safety level). */
const KIND_MIX: [number, 'issue' | 'return' | 'adjustment' | 'scrap' | 'count_variance'][] = [
  [0.74, 'issue'],
  [0.84, 'return'],
  [0.88, 'adjustment'],
  [0.9, 'scrap'],
  [0.92, 'count_variance'],
];

async function maxId(db: Knex, table: string): Promise<number> {
  const [row] = await db(table).max<{ m: number | null }[]>({ m: 'id' });
  return Number(row.m ?? 0);
}

async function insertAll(trx: Knex.Transaction, table: string, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await trx(table).insert(rows.slice(i, i + BATCH));
}

/** Seeds the parts and their ledger; the SQLite page cache is enlarged meanwhile. */
export async function seedStockScale(
  db: Knex,
  scale: StockScale,
  progress: ScaleProgress,
  now: Date = new Date(),
): Promise<StockScaleResult> {
  if (db.client.config.client !== 'sqlite3') return seed(db, scale, progress, now);
  const [before] = (await db.raw('PRAGMA cache_size')) as { cache_size: number }[];
  await db.raw('PRAGMA cache_size = -262144'); // 256 MiB keeps the growing indexes in memory
  try {
    return await seed(db, scale, progress, now);
  } finally {
    await db.raw(`PRAGMA cache_size = ${Number(before.cache_size)}`);
  }
}

async function seed(
  db: Knex,
  { parts: n, moves: m }: StockScale,
  progress: ScaleProgress,
  now: Date,
): Promise<StockScaleResult> {
  const random = sequence(n * 131 + m * 7 + 3);
  const spanEnd = now.getTime() - 3_600_000;
  const spanStart = spanEnd - SPAN_DAYS * DAY;
  const openedAt = new Date(spanStart - DAY).toISOString();
  const staff = await scaleStockStaff(db, now.toISOString());
  const total = n + m;
  let done = 0;
  const tick = (rows: number) => progress((done += rows), total);

  // Popularity: rank j of n draws a move with probability sqrt((j+1)/n) - sqrt(j/n), so the
  // busiest part moves a few times a day and the quietest a few times a year.
  const rankOf = new Int32Array(n);
  const partAtRank = new Int32Array(n);
  for (let i = 0; i < n; i++) partAtRank[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [partAtRank[i], partAtRank[j]] = [partAtRank[j], partAtRank[i]];
  }
  for (let j = 0; j < n; j++) rankOf[partAtRank[j]] = j;

  const safety = new Int32Array(n);
  const maxStock = new Int32Array(n);
  const baseCost = new Int32Array(n);
  const critical = new Uint8Array(n);
  /** Fraction of the span after which a part stops moving (discontinued or slow): idle stock. */
  const idleFrom = new Float64Array(n).fill(2);
  const p0 = await maxId(db, 'parts');
  const partRows: object[] = [];
  const levelRows: object[] = [];
  const supplierRows: object[][] = [];
  for (let i = 0; i < n; i++) {
    const id = p0 + i + 1;
    const category = SCALE_CATEGORIES[Math.floor(random() * SCALE_CATEGORIES.length)];
    const name = scalePartName(p0 + i, category);
    const [low, high] = category.cost;
    baseCost[i] = Math.round(low * Math.pow(high / low, random()));
    const share = Math.sqrt((rankOf[i] + 1) / n) - Math.sqrt(rankOf[i] / n);
    const perDay = (m * share * KIND_MIX[0][0] * 1.2) / SPAN_DAYS;
    safety[i] = Math.round(perDay * COVER_DAYS * (category.expensive ? 0.5 : 1)) + (i % 3);
    maxStock[i] = safety[i] * 3 + 4 + (i % 5);
    critical[i] = category.expensive && i % 11 === 0 ? 1 : 0;
    const active = i % 37 !== 36;
    if (!active || i % 11 === 3) idleFrom[i] = 0.2 + 0.7 * random();
    if (i % 101 === 100) idleFrom[i] = 0; // new in the catalogue, never stocked yet
    partRows.push({
      id,
      part_no: `${category.code}-${String(id).padStart(6, '0')}`,
      name_en: name.en,
      name_zh: name.zh,
      category: category.code,
      unit: category.unit,
      bin: i % 50 === 49 ? null : scaleBin(p0 + i),
      unit_cost: baseCost[i],
      safety_stock: safety[i],
      max_stock: maxStock[i],
      critical: critical[i] === 1,
      // Policy 5.3: critical parts are drawn one or two at a time, a few per ticket.
      quota_per_line: critical[i] ? 1 + (i % 2) : null,
      quota_per_ticket: critical[i] ? 2 + (i % 3) : null,
      active,
      created_at: openedAt,
      updated_at: openedAt,
    });
    levelRows.push({ part_id: id, on_hand: 0, avg_cost: 0, version: 1, updated_at: openedAt });
    // Policy 5.1: most parts have a preferred supplier with a lead time, some a second source.
    const suppliers: object[] = [];
    for (let s = 0; s < (i % 10 === 9 ? 0 : i % 3 === 0 ? 2 : 1); s++) {
      suppliers.push({
        part_id: id,
        supplier: SCALE_SUPPLIERS[(i + s * 2) % SCALE_SUPPLIERS.length],
        supplier_part_no: `${category.code.slice(0, 2)}${(id * 7_919) % 1_000_000}`,
        lead_time_days: 3 + ((i + s) % 28),
        preferred: s === 0,
      });
    }
    supplierRows.push(suppliers);
  }
  for (let i = 0; i < n; i += PER_TRANSACTION) {
    await db.transaction(async (trx) => {
      await insertAll(trx, 'parts', partRows.slice(i, i + PER_TRANSACTION));
      await insertAll(trx, 'stock_levels', levelRows.slice(i, i + PER_TRANSACTION));
      await insertAll(trx, 'part_suppliers', supplierRows.slice(i, i + PER_TRANSACTION).flat());
    });
    tick(Math.min(PER_TRANSACTION, n - i));
  }
  partRows.length = 0;
  levelRows.length = 0;
  supplierRows.length = 0;

  const onHand = new Int32Array(n);
  const avgCost = new Float64Array(n);
  const moved = new Int32Array(n);
  const lastAt = new Float64Array(n);
  const touched = new Uint8Array(n);
  const pick = (fraction: number): number => {
    let p = 0;
    for (let tries = 0; tries < 20; tries++) {
      const r = random();
      p = partAtRank[Math.min(n - 1, Math.floor(n * r * r))];
      if (fraction < idleFrom[p]) break;
    }
    return p;
  };

  const m0 = await maxId(db, 'stock_moves');
  const r0 = await maxId(db, 'receipts');
  let receipts = 0;
  for (let start = 0; start < m; start += PER_TRANSACTION) {
    const end = Math.min(m, start + PER_TRANSACTION);
    const moveRows: object[] = [];
    const receiptRows: object[] = [];
    const lineRows: object[] = [];
    const touchedList: number[] = [];
    // A delivery holds one to five lines; each line's accepted units are one receipt move.
    let open: {
      id: number;
      lines: number;
      size: number;
      supplier: string;
      reference: string;
    } | null = null;
    for (let k = start; k < end; k++) {
      const fraction = (k + random()) / m;
      const time = spanStart + fraction * (spanEnd - spanStart);
      const at = new Date(time).toISOString();
      const p = pick(fraction);
      const id = m0 + k + 1;
      const by = staff[k % staff.length];
      const on = onHand[p];
      let kind: 'receipt' | (typeof KIND_MIX)[number][1] = 'receipt';
      let quantity: number;
      let unitCost = avgCost[p];
      let note: string | null = null;
      let refType = 'history';
      let refId: string | null = null;
      if (on === 0 || (on <= safety[p] && random() < 0.6)) {
        kind = 'receipt';
      } else {
        const r = random();
        kind = KIND_MIX.find(([upTo]) => r < upTo)?.[1] ?? 'receipt';
      }
      if (kind === 'receipt') {
        // Refill to the maximum; now and then a delivery overshoots it (policy 5.2 overstock).
        quantity = Math.max(1, maxStock[p] - on) + (random() < 0.02 ? maxStock[p] : 0);
        unitCost = Math.round(baseCost[p] * (0.92 + 0.16 * random()) * (1 + 0.06 * fraction));
        if (!open) {
          receipts += 1;
          const receiptId = r0 + receipts;
          open = {
            id: receiptId,
            lines: 0,
            size: 1 + (receipts % 5),
            supplier: SCALE_SUPPLIERS[receipts % SCALE_SUPPLIERS.length],
            reference: `DN${at.slice(0, 10).replaceAll('-', '')}-${receiptId}`,
          };
          receiptRows.push({
            id: receiptId,
            supplier: open.supplier,
            reference: open.reference,
            received_by: by,
            received_at: at,
          });
        }
        open.lines += 1;
        const rejected = random() < 0.03 ? 1 + (k % 2) : 0;
        lineRows.push({
          receipt_id: open.id,
          line_no: open.lines,
          part_id: p0 + p + 1,
          received: quantity + rejected,
          accepted: quantity,
          rejected,
          reject_reason: rejected ? SCALE_REJECT_REASONS[k % SCALE_REJECT_REASONS.length] : null,
          unit_cost: unitCost,
          stock_move_id: id,
        });
        refType = 'receipt';
        refId = String(open.id);
        note = `${open.supplier} ${open.reference}`;
        if (open.lines === open.size) open = null;
      } else if (kind === 'issue') {
        const r = random();
        quantity = -Math.min(on, critical[p] ? 1 : 1 + (r < 0.2 ? 1 : 0) + (r < 0.04 ? 2 : 0));
      } else if (kind === 'adjustment') {
        quantity =
          k % 2 === 0 ? 1 + (k % 3 === 0 ? 1 : 0) : -Math.min(on, 1 + (k % 3 === 0 ? 1 : 0));
        refType = 'adjustment';
        note = SCALE_ADJUST_REASONS[k % SCALE_ADJUST_REASONS.length];
      } else if (kind === 'count_variance') {
        quantity = k % 2 === 0 ? 1 : -1;
      } else if (kind === 'scrap') {
        quantity = -1;
      } else {
        quantity = 1; // a return of an unused part (policy 5.3)
      }
      // The moving average, exactly as postMove keeps it: incoming units at their cost,
      // outgoing ones at the average, which they leave unchanged.
      if (quantity > 0) {
        avgCost[p] = Math.round((on * avgCost[p] + quantity * unitCost) / (on + quantity));
      }
      onHand[p] = on + quantity;
      moved[p] += 1;
      lastAt[p] = time;
      if (!touched[p]) {
        touched[p] = 1;
        touchedList.push(p);
      }
      moveRows.push({
        id,
        part_id: p0 + p + 1,
        kind,
        quantity,
        unit_cost: unitCost,
        ref_type: refType,
        ref_id: refId,
        note,
        created_by: by,
        created_at: at,
      });
    }
    const levels = touchedList.map((p) => {
      touched[p] = 0;
      return {
        part_id: p0 + p + 1,
        on_hand: onHand[p],
        avg_cost: avgCost[p],
        version: 1 + moved[p],
        updated_at: new Date(lastAt[p]).toISOString(),
      };
    });
    await db.transaction(async (trx) => {
      await insertAll(trx, 'receipts', receiptRows);
      await insertAll(trx, 'stock_moves', moveRows);
      await insertAll(trx, 'receipt_lines', lineRows);
      // The levels of the parts these moves touched, in the same transaction (policy 5.2).
      for (let i = 0; i < levels.length; i += BATCH) {
        await trx('stock_levels')
          .insert(levels.slice(i, i + BATCH))
          .onConflict('part_id')
          .merge(['on_hand', 'avg_cost', 'version', 'updated_at']);
      }
    });
    tick(end - start);
  }
  return { parts: n, moves: m, receipts, firstPartId: p0 + 1 };
}
