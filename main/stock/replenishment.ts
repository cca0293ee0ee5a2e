import type { Knex } from 'knex';

// Replenishment and overstock (policy 5.2: a safety stock level per part to avoid both shortage
// and overstock; overstocked parts are identified for clearance or return to the supplier).

/** Lead time assumed for a part without a preferred supplier. */
export const DEFAULT_LEAD_TIME_DAYS = 14;

export type ReorderRow = {
  partId: number;
  partNo: string;
  nameEn: string;
  nameZh: string;
  bin: string | null;
  onHand: number;
  safetyStock: number;
  maxStock: number;
  supplier: string | null;
  leadTimeDays: number;
  /** Units used (issued minus returned) over the usage window. */
  usage: number;
  /** The reorder point: safety stock plus expected usage over the lead time. */
  reorderPoint: number;
  /** Up to the reorder point, never above the maximum. */
  suggested: number;
};

/**
 * Reorder point = safety stock + (usage over the window / window days) × lead time, rounded up
 * (the "safety stock plus recent usage over the lead time"). The suggestion brings the
 * part back to its reorder point, never above its maximum (that would be overstock).
 */
export function reorderSuggestion(p: {
  onHand: number;
  safetyStock: number;
  maxStock: number;
  usage: number;
  usageDays: number;
  leadTimeDays: number;
}): { reorderPoint: number; suggested: number } {
  const reorderPoint =
    p.safetyStock + Math.ceil((Math.max(0, p.usage) / p.usageDays) * p.leadTimeDays);
  return { reorderPoint, suggested: Math.max(0, Math.min(reorderPoint, p.maxStock) - p.onHand) };
}

export async function reorderList(
  db: Knex,
  opts: { usageDays: number; now: Date },
): Promise<ReorderRow[]> {
  const since = new Date(opts.now.getTime() - opts.usageDays * 86_400_000).toISOString();
  const usage = db('stock_moves')
    .whereIn('kind', ['issue', 'return'])
    .andWhere('created_at', '>=', since)
    .groupBy('part_id')
    .select('part_id', db.raw('-sum(quantity) as used'))
    .as('u');
  const rows = (await db('parts as p')
    .join('stock_levels as l', 'l.part_id', 'p.id')
    .leftJoin(usage, 'u.part_id', 'p.id')
    .leftJoin('part_suppliers as ps', (j) =>
      j.on('ps.part_id', 'p.id').andOnVal('ps.preferred', true),
    )
    .where('p.active', true)
    .select(
      'p.id',
      'p.part_no',
      'p.name_en',
      'p.name_zh',
      'p.bin',
      'p.safety_stock',
      'p.max_stock',
      'l.on_hand',
      'u.used',
      'ps.supplier',
      'ps.lead_time_days',
    )) as {
    id: number;
    part_no: string;
    name_en: string;
    name_zh: string;
    bin: string | null;
    safety_stock: number;
    max_stock: number;
    on_hand: number;
    used: number | string | null;
    supplier: string | null;
    lead_time_days: number | null;
  }[];
  const out: ReorderRow[] = [];
  for (const r of rows) {
    const leadTimeDays = r.lead_time_days ?? DEFAULT_LEAD_TIME_DAYS;
    const used = Number(r.used ?? 0);
    const s = reorderSuggestion({
      onHand: r.on_hand,
      safetyStock: r.safety_stock,
      maxStock: r.max_stock,
      usage: used,
      usageDays: opts.usageDays,
      leadTimeDays,
    });
    if (s.suggested === 0 && r.on_hand >= r.safety_stock) continue;
    out.push({
      partId: r.id,
      partNo: r.part_no,
      nameEn: r.name_en,
      nameZh: r.name_zh,
      bin: r.bin,
      onHand: r.on_hand,
      safetyStock: r.safety_stock,
      maxStock: r.max_stock,
      supplier: r.supplier,
      leadTimeDays,
      usage: used,
      ...s,
    });
  }
  // Furthest below safety first: those run out soonest.
  return out.sort(
    (a, b) =>
      a.onHand - a.safetyStock - (b.onHand - b.safetyStock) || a.partNo.localeCompare(b.partNo),
  );
}

export type OverstockRow = {
  partId: number;
  partNo: string;
  nameEn: string;
  nameZh: string;
  bin: string | null;
  onHand: number;
  maxStock: number;
  lastMoveAt: string | null;
  reason: 'above_max' | 'idle';
  /** Units to clear: above the maximum, or all of an idle part's stock. */
  excess: number;
  /** Their value at the moving-average cost, in minor units. */
  value: number;
};

export async function overstockList(
  db: Knex,
  opts: { idleDays: number; now: Date },
): Promise<OverstockRow[]> {
  const idleSince = new Date(opts.now.getTime() - opts.idleDays * 86_400_000).toISOString();
  const last = db('stock_moves')
    .groupBy('part_id')
    .select('part_id')
    .max({ last_id: 'id' })
    .as('lm');
  const rows = (await db('parts as p')
    .join('stock_levels as l', 'l.part_id', 'p.id')
    .leftJoin(last, 'lm.part_id', 'p.id')
    .leftJoin('stock_moves as m', 'm.id', 'lm.last_id')
    .where('l.on_hand', '>', 0)
    .andWhere((w) => w.whereRaw('l.on_hand > p.max_stock').orWhere('m.created_at', '<', idleSince))
    .select(
      'p.id',
      'p.part_no',
      'p.name_en',
      'p.name_zh',
      'p.bin',
      'p.max_stock',
      'l.on_hand',
      'l.avg_cost',
      'm.created_at as last_move_at',
    )) as {
    id: number;
    part_no: string;
    name_en: string;
    name_zh: string;
    bin: string | null;
    max_stock: number;
    on_hand: number;
    avg_cost: number;
    last_move_at: string | null;
  }[];
  return rows
    .map((r): OverstockRow => {
      const idle = r.last_move_at !== null && r.last_move_at < idleSince;
      const reason = idle ? 'idle' : 'above_max';
      const excess = idle ? r.on_hand : r.on_hand - r.max_stock;
      return {
        partId: r.id,
        partNo: r.part_no,
        nameEn: r.name_en,
        nameZh: r.name_zh,
        bin: r.bin,
        onHand: r.on_hand,
        maxStock: r.max_stock,
        lastMoveAt: r.last_move_at,
        reason,
        excess,
        value: excess * r.avg_cost,
      };
    })
    .sort((a, b) => b.value - a.value || a.partNo.localeCompare(b.partNo));
}
