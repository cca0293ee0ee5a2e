import type { Knex } from 'knex';
import { refuse } from '../contract/errors';
import { partsByNumber } from './partRepo';
import { planRow, type PlannedRow, type RowPlan } from './partCsvPlan';
import type { Column } from './partCsv';
import type { RejectedRow, ValidRow } from './partCsvRows';
import { setPreferredSupplier, type SupplierRow } from './suppliers';

// Applying a slice of a checked CSV file inside the caller's transaction. A row is applied whole
// or not at all; a row that changes nothing writes nothing, so a re-sent slice is harmless.

export type ApplyResult = {
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
};

/** Plans rows against the catalogue as it is now (in `db`, a transaction when applying). */
export async function planRows(
  db: Knex | Knex.Transaction,
  rows: readonly ValidRow[],
  present: ReadonlySet<Column>,
): Promise<RowPlan[]> {
  const existing = await partsByNumber(
    db,
    rows.map((r) => r.record.partNo),
  );
  return rows.map((r) => planRow(r, present, existing.get(r.record.partNo) ?? null));
}

// The part columns a CSV row may change (the CSV column is the database column).
const PART_COLUMNS = [
  'name_en',
  'name_zh',
  'category',
  'unit',
  'bin',
  'unit_cost',
  'safety_stock',
  'max_stock',
  'critical',
  'quota_per_line',
  'quota_per_ticket',
  'active',
] as const satisfies readonly Column[];
const SUPPLIER_COLUMNS = ['supplier', 'supplier_part_no', 'lead_time_days'] as const;

const INSERT_SLICE = 50;

export async function applyRows(
  trx: Knex.Transaction,
  rows: readonly ValidRow[],
  present: ReadonlySet<Column>,
  at: string,
): Promise<ApplyResult> {
  const plans = await planRows(trx, rows, present);
  const result: ApplyResult = { created: 0, updated: 0, unchanged: 0, rejected: [] };
  const creates: PlannedRow[] = [];
  const updates: PlannedRow[] = [];
  for (const plan of plans) {
    if (plan.action === 'reject') {
      result.rejected.push({ line: plan.line, partNo: plan.partNo, errors: plan.errors });
    } else if (plan.action === 'create') creates.push(plan);
    else if (plan.action === 'update') updates.push(plan);
    else result.unchanged += 1;
  }
  await createParts(trx, creates, at);
  result.created = creates.length;
  await updateParts(trx, updates, at);
  result.updated = updates.length;
  return result;
}

async function createParts(trx: Knex.Transaction, plans: PlannedRow[], at: string): Promise<void> {
  for (let i = 0; i < plans.length; i += INSERT_SLICE) {
    const slice = plans.slice(i, i + INSERT_SLICE);
    await trx('parts').insert(
      slice.map(({ next: p }) => ({
        part_no: p.partNo,
        name_en: p.nameEn,
        name_zh: p.nameZh,
        category: p.category,
        unit: p.unit,
        bin: p.bin,
        unit_cost: p.unitCost,
        safety_stock: p.safetyStock,
        max_stock: p.maxStock,
        critical: p.critical,
        quota_per_line: p.quotaPerLine,
        quota_per_ticket: p.quotaPerTicket,
        active: p.active,
        created_at: at,
        updated_at: at,
      })),
    );
    const ids = (await trx('parts')
      .whereIn(
        'part_no',
        slice.map((p) => p.partNo),
      )
      .select('id', 'part_no')) as { id: number; part_no: string }[];
    const idOf = new Map(ids.map((r) => [r.part_no, r.id]));
    await trx('stock_levels').insert(
      slice.map((p) => ({ part_id: idOf.get(p.partNo), on_hand: 0, avg_cost: 0, updated_at: at })),
    );
    const withSupplier = slice.filter((p) => p.next.supplier !== null);
    if (withSupplier.length > 0) {
      await trx('part_suppliers').insert(
        withSupplier.map(({ partNo, next: p }) => ({
          part_id: idOf.get(partNo),
          supplier: p.supplier,
          supplier_part_no: p.supplierPartNo,
          lead_time_days: p.leadTimeDays,
          preferred: true,
        })),
      );
    }
  }
}

async function updateParts(trx: Knex.Transaction, plans: PlannedRow[], at: string): Promise<void> {
  const ids = plans.flatMap((p) => (p.existing ? [p.existing.id] : []));
  const known = new Map<number, SupplierRow[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = (await trx('part_suppliers').whereIn(
      'part_id',
      ids.slice(i, i + 500),
    )) as SupplierRow[];
    for (const r of rows) known.set(r.part_id, [...(known.get(r.part_id) ?? []), r]);
  }
  for (const plan of plans) {
    const part = plan.existing;
    if (!part) continue;
    // Only the changed fields are written; the version moves on as for parts/update.
    const set: Record<string, unknown> = {};
    for (const column of PART_COLUMNS) {
      if (plan.fields[column]) set[column] = plan.fields[column].to;
    }
    const changed = await trx('parts')
      .where({ id: part.id, version: part.version })
      .update({ ...set, updated_at: at, version: part.version + 1 });
    if (changed !== 1) {
      throw refuse('CONFLICT', 'stock.changedDuringImport', {
        params: { partNo: part.partNo },
        message: `Part ${part.partNo} was changed by someone else during the import; import again.`,
      });
    }
    if (SUPPLIER_COLUMNS.some((c) => plan.fields[c])) {
      const { supplier, supplierPartNo, leadTimeDays } = plan.next;
      await setPreferredSupplier(
        trx,
        part.id,
        supplier === null ? null : { supplier, supplierPartNo, leadTimeDays: leadTimeDays ?? 0 },
        known.get(part.id) ?? [],
      );
    }
  }
}
