import type { Knex } from 'knex';
import { refuse } from '../contract/errors';
import { bool } from '../intake/rows';
import type { PreferredSupplier } from './suppliers';

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
  /** The preferred supplier's name and lead time (policy 5.1), null when none is preferred. */
  preferredSupplier: string | null;
  leadTimeDays: number | null;
};

/** A part with its preferred supplier in full, as the CSV export writes it. */
export type PartWithSupplier = Part & { preferred: PreferredSupplier };

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
  ps_supplier: string | null;
  ps_supplier_part_no: string | null;
  ps_lead_time_days: number | null;
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
    preferredSupplier: r.ps_supplier,
    leadTimeDays: r.ps_lead_time_days,
  };
}

export function partsQuery(db: Knex | Knex.Transaction) {
  return db('parts as p')
    .leftJoin('stock_levels as l', 'l.part_id', 'p.id')
    .leftJoin('part_suppliers as ps', (j) =>
      j.on('ps.part_id', 'p.id').andOnVal('ps.preferred', true),
    )
    .select(
      'p.*',
      'l.on_hand',
      'l.avg_cost',
      'ps.supplier as ps_supplier',
      'ps.supplier_part_no as ps_supplier_part_no',
      'ps.lead_time_days as ps_lead_time_days',
    );
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

function toPartWithSupplier(r: PartRow): PartWithSupplier {
  const preferred: PreferredSupplier =
    r.ps_supplier === null
      ? null
      : {
          supplier: r.ps_supplier,
          supplierPartNo: r.ps_supplier_part_no,
          leadTimeDays: Number(r.ps_lead_time_days),
        };
  return { ...toPart(r), preferred };
}

/** The parts with these part numbers (any number of them, looked up in slices). */
export async function partsByNumber(
  db: Knex | Knex.Transaction,
  partNos: readonly string[],
): Promise<Map<string, PartWithSupplier>> {
  const found = new Map<string, PartWithSupplier>();
  for (let i = 0; i < partNos.length; i += LOOKUP_SLICE) {
    const rows = (await partsQuery(db).whereIn(
      'p.part_no',
      partNos.slice(i, i + LOOKUP_SLICE),
    )) as PartRow[];
    for (const r of rows) found.set(r.part_no, toPartWithSupplier(r));
  }
  return found;
}

// Bound parameters per statement stay well under every database's limit.
const LOOKUP_SLICE = 500;

/** Every part by part number, one keyset page at a time (the CSV export of 100,000 parts). */
export async function* allPartsByNumber(
  db: Knex,
  pageSize: number,
): AsyncGenerator<PartWithSupplier[]> {
  let after: string | null = null;
  for (;;) {
    const q = partsQuery(db).orderBy('p.part_no').limit(pageSize);
    if (after !== null) void q.where('p.part_no', '>', after);
    const rows = (await q) as PartRow[];
    if (rows.length === 0) return;
    yield rows.map(toPartWithSupplier);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].part_no;
  }
}

/** A line's part, which must exist and be active: refused on the line's `field` otherwise. */
export async function activePartOfLine(
  db: Knex | Knex.Transaction,
  partId: number,
  field: string,
): Promise<{ id: number; part_no: string }> {
  const part = (await db('parts').where({ id: partId }).first('id', 'active', 'part_no')) as
    { id: number; active: number | boolean; part_no: string } | undefined;
  if (!part) {
    throw refuse('NOT_FOUND', 'stock.partNotFound', {
      params: { id: partId },
      field,
      message: `${field}: No part #${partId}`,
    });
  }
  if (!bool(part.active)) {
    throw refuse('RULE', 'stock.partInactive', {
      params: { partNo: part.part_no },
      field,
      message: `${field}: Part ${part.part_no} is inactive`,
    });
  }
  return { id: part.id, part_no: part.part_no };
}
