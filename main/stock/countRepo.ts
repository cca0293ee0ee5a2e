import type { Knex } from 'knex';
import { refuse } from '../contract/errors';
import { bool } from '../intake/rows';
import type { CountScope } from './countScope';

// Reading blind stock counts (盤點, policy 5.2 賬實相符). What counters see (CountLine) never
// carries on-hand, expected or variance: a count that shows the books is copied, not counted.
// Only the supervisor's review (ReviewLine) sets the books beside the shelves.

export type CountStatus = 'open' | 'posted' | 'cancelled';
type Db = Knex | Knex.Transaction;
type Who = { id: number; name: string };

export type StockCount = {
  id: number;
  scope: CountScope;
  status: CountStatus;
  note: string | null;
  /** Changes with every entry, so a supervisor posts exactly what they reviewed. */
  version: number;
  createdBy: Who;
  createdAt: string;
  postedBy: Who | null;
  postedAt: string | null;
  cancelledBy: Who | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  lineCount: number;
  uncounted: number;
  flagged: number;
};

/** A line as counters see it: blind, no on-hand, expected or variance. */
export type CountLine = {
  partId: number;
  partNo: string;
  nameEn: string;
  nameZh: string;
  bin: string | null;
  unit: string;
  counted: number | null;
  countedBy: string | null;
  countedAt: string | null;
  /** A duplicate entry awaits a decision (counts/resolve). */
  flagged: boolean;
};

/** A line as the supervisor reviews it: expected is on-hand now, or as posted. */
export type ReviewLine = CountLine & {
  expected: number;
  variance: number | null;
  unitCost: number;
  varianceValue: number | null;
  moveId: number | null;
};

export type CountEntry = {
  id: number;
  partId: number;
  partNo: string;
  quantity: number;
  source: 'scan' | 'typed' | 'resolve';
  duplicate: boolean;
  by: string;
  at: string;
};

type CountRow = {
  id: number;
  scope_kind: CountScope['kind'];
  scope_value: string;
  status: CountStatus;
  note: string | null;
  version: number;
  created_by: number;
  created_at: string;
  posted_by: number | null;
  posted_at: string | null;
  cancelled_by: number | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_name: string;
  posted_name: string | null;
  cancelled_name: string | null;
  line_count: number | string | null;
  counted_count: number | string | null;
  flagged_count: number | string | null;
};

function countsQuery(db: Db) {
  const stats = db('stock_count_lines')
    .select('count_id')
    .count({ line_count: '*' })
    .count({ counted_count: 'counted' })
    .sum({ flagged_count: db.raw('case when flagged then 1 else 0 end') })
    .groupBy('count_id')
    .as('st');
  return db('stock_counts as c')
    .join('staff as cs', 'cs.id', 'c.created_by')
    .leftJoin('staff as ps', 'ps.id', 'c.posted_by')
    .leftJoin('staff as xs', 'xs.id', 'c.cancelled_by')
    .leftJoin(stats, 'st.count_id', 'c.id')
    .select(
      'c.*',
      'cs.display_name as created_name',
      'ps.display_name as posted_name',
      'xs.display_name as cancelled_name',
      'st.line_count',
      'st.counted_count',
      'st.flagged_count',
    );
}

const who = (id: number | null, name: string | null): Who | null =>
  id === null ? null : { id, name: name ?? '' };

function toCount(r: CountRow): StockCount {
  const lineCount = Number(r.line_count ?? 0);
  return {
    id: r.id,
    scope: { kind: r.scope_kind, value: r.scope_value },
    status: r.status,
    note: r.note,
    version: r.version,
    createdBy: { id: r.created_by, name: r.created_name },
    createdAt: r.created_at,
    postedBy: who(r.posted_by, r.posted_name),
    postedAt: r.posted_at,
    cancelledBy: who(r.cancelled_by, r.cancelled_name),
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
    lineCount,
    uncounted: lineCount - Number(r.counted_count ?? 0),
    flagged: Number(r.flagged_count ?? 0),
  };
}

export async function findCount(db: Db, id: number): Promise<StockCount | null> {
  const row = (await countsQuery(db).where('c.id', id).first()) as CountRow | undefined;
  return row ? toCount(row) : null;
}

export async function mustFindCount(db: Db, id: number): Promise<StockCount> {
  const count = await findCount(db, id);
  if (!count) {
    throw refuse('NOT_FOUND', 'stock.countNotFound', {
      params: { id },
      field: 'countId',
      message: `No stock count #${id}.`,
    });
  }
  return count;
}

/** Every open count, then the `limit` most recently started posted or cancelled ones. */
export async function listCounts(db: Db, limit: number): Promise<StockCount[]> {
  const open = (await countsQuery(db)
    .where('c.status', 'open')
    .orderBy('c.id', 'desc')) as CountRow[];
  const closed = (await countsQuery(db)
    .whereNot('c.status', 'open')
    .orderBy('c.id', 'desc')
    .limit(limit)) as CountRow[];
  return [...open, ...closed].map(toCount);
}

type LineRow = {
  part_id: number;
  part_no: string;
  name_en: string;
  name_zh: string;
  bin: string | null;
  unit: string;
  counted: number | null;
  counted_name: string | null;
  counted_at: string | null;
  flagged: number | boolean;
};

function linesQuery(db: Db, countId: number) {
  return db('stock_count_lines as l')
    .join('parts as p', 'p.id', 'l.part_id')
    .leftJoin('staff as s', 's.id', 'l.counted_by')
    .where('l.count_id', countId)
    .orderBy([{ column: 'p.bin' }, { column: 'p.part_no' }])
    .select(
      'l.part_id',
      'p.part_no',
      'p.name_en',
      'p.name_zh',
      'p.bin',
      'p.unit',
      'l.counted',
      's.display_name as counted_name',
      'l.counted_at',
      'l.flagged',
    );
}

function toLine(r: LineRow): CountLine {
  return {
    partId: r.part_id,
    partNo: r.part_no,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    bin: r.bin,
    unit: r.unit,
    counted: r.counted,
    countedBy: r.counted_name,
    countedAt: r.counted_at,
    flagged: bool(r.flagged),
  };
}

/** The lines for counters: blind (policy 5.2). */
export async function countLines(db: Db, countId: number): Promise<CountLine[]> {
  return ((await linesQuery(db, countId)) as LineRow[]).map(toLine);
}

/**
 * The lines for the supervisor: expected is the books when the line was counted and the
 * variance what posting books (valued at the average cost while open, at the move's cost once
 * posted); an uncounted line shows on-hand now and no variance.
 */
export async function reviewLines(db: Db, countId: number, posted: boolean): Promise<ReviewLine[]> {
  const rows = (await linesQuery(db, countId)
    .leftJoin('stock_levels as sl', 'sl.part_id', 'l.part_id')
    .leftJoin('stock_moves as m', 'm.id', 'l.stock_move_id')
    .select(
      'l.expected',
      'l.variance',
      'l.stock_move_id',
      'sl.on_hand',
      'sl.avg_cost',
      'm.unit_cost as move_cost',
    )) as (LineRow & {
    expected: number | null;
    variance: number | null;
    stock_move_id: number | null;
    on_hand: number | null;
    avg_cost: number | null;
    move_cost: number | null;
  })[];
  return rows.map((r) => {
    const expected = Number(r.expected ?? r.on_hand ?? 0);
    const variance = posted ? r.variance : r.counted === null ? null : r.counted - expected;
    const unitCost = Number((posted ? r.move_cost : null) ?? r.avg_cost ?? 0);
    return {
      ...toLine(r),
      expected,
      variance,
      unitCost,
      varianceValue: variance === null ? null : variance * unitCost,
      moveId: r.stock_move_id,
    };
  });
}

/** Every entry of a count, duplicates included, oldest first. */
export async function countEntries(db: Db, countId: number): Promise<CountEntry[]> {
  const rows = (await db('stock_count_entries as e')
    .join('parts as p', 'p.id', 'e.part_id')
    .join('staff as s', 's.id', 'e.entered_by')
    .where('e.count_id', countId)
    .orderBy('e.id')
    .select(
      'e.id',
      'e.part_id',
      'p.part_no',
      'e.quantity',
      'e.source',
      'e.duplicate',
      's.display_name',
      'e.entered_at',
    )) as {
    id: number;
    part_id: number;
    part_no: string;
    quantity: number;
    source: CountEntry['source'];
    duplicate: number | boolean;
    display_name: string;
    entered_at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    partId: r.part_id,
    partNo: r.part_no,
    quantity: r.quantity,
    source: r.source,
    duplicate: bool(r.duplicate),
    by: r.display_name,
    at: r.entered_at,
  }));
}
