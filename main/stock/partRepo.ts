import type { Knex } from 'knex';
import { bool } from '../intake/rows';

// Reading parts with their stock level (on-hand and moving-average cost, issue 4 item 2).

export type Part = {
  id: number;
  partNo: string;
  nameEn: string;
  nameZh: string;
  category: string;
  unit: string;
  bin: string | null;
  unitCost: number;
  safetyStock: number;
  maxStock: number;
  critical: boolean;
  quotaPerLine: number | null;
  quotaPerTicket: number | null;
  active: boolean;
  version: number;
  onHand: number;
  avgCost: number;
  /** Policy 5.2: below the safety stock level, reorder. */
  belowSafety: boolean;
};

type PartRow = {
  id: number;
  part_no: string;
  name_en: string;
  name_zh: string;
  category: string;
  unit: string;
  bin: string | null;
  unit_cost: number;
  safety_stock: number;
  max_stock: number;
  critical: number | boolean;
  quota_per_line: number | null;
  quota_per_ticket: number | null;
  active: number | boolean;
  version: number;
  on_hand: number | null;
  avg_cost: number | null;
};

export function toPart(r: PartRow): Part {
  const onHand = Number(r.on_hand ?? 0);
  return {
    id: r.id,
    partNo: r.part_no,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    category: r.category,
    unit: r.unit,
    bin: r.bin,
    unitCost: Number(r.unit_cost),
    safetyStock: r.safety_stock,
    maxStock: r.max_stock,
    critical: bool(r.critical),
    quotaPerLine: r.quota_per_line,
    quotaPerTicket: r.quota_per_ticket,
    active: bool(r.active),
    version: r.version,
    onHand,
    avgCost: Number(r.avg_cost ?? 0),
    belowSafety: onHand < r.safety_stock,
  };
}

export function partsQuery(db: Knex | Knex.Transaction) {
  return db('parts as p')
    .leftJoin('stock_levels as l', 'l.part_id', 'p.id')
    .select('p.*', 'l.on_hand', 'l.avg_cost');
}

export async function findPart(db: Knex | Knex.Transaction, id: number): Promise<Part | null> {
  const row = (await partsQuery(db).where('p.id', id).first()) as PartRow | undefined;
  return row ? toPart(row) : null;
}

export type PartFilter = {
  text?: string;
  category?: string;
  belowSafety?: boolean;
  includeInactive: boolean;
  after?: string;
  limit: number;
};

/** One page of parts by part number (keyset): the same cost on page 1 or page 2,000. */
export async function listParts(
  db: Knex,
  f: PartFilter,
): Promise<{ parts: Part[]; nextCursor: string | null }> {
  const q = partsQuery(db)
    .orderBy('p.part_no')
    .limit(f.limit + 1);
  if (f.text) {
    const like = `${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    void q.where((w) =>
      w
        .whereRaw(`p.part_no like ? escape '\\'`, [like.toUpperCase()])
        .orWhereRaw(`p.name_en like ? escape '\\'`, [like])
        .orWhereRaw(`p.name_zh like ? escape '\\'`, [like]),
    );
  }
  if (f.category) void q.where('p.category', f.category);
  if (f.belowSafety !== undefined) {
    void q.whereRaw(`coalesce(l.on_hand, 0) ${f.belowSafety ? '<' : '>='} p.safety_stock`);
  }
  if (!f.includeInactive) void q.where('p.active', true);
  if (f.after) void q.where('p.part_no', '>', f.after);
  const rows = ((await q) as PartRow[]).map(toPart);
  const more = rows.length > f.limit;
  const parts = more ? rows.slice(0, f.limit) : rows;
  return { parts, nextCursor: more ? parts[parts.length - 1].partNo : null };
}
