import { limitIssues } from './partHandlers';
import type { PartWithSupplier } from './partRepo';
import { CSV_COLUMNS, FIELD_OF, columnOf, type Column, type PartRecord } from './partCsv';
import type { RejectedRow, ValidRow } from './partCsvRows';

// What one valid CSV row does to the catalogue: create a part, change some of its fields, or
// nothing. Pure, so the preview and the import decide exactly alike.

export type CellValue = string | number | boolean | null;
export type FieldChange = { from: CellValue; to: CellValue };

export type RowPlan =
  | {
      action: 'create' | 'update' | 'unchanged';
      line: number;
      partNo: string;
      /** Changed columns by CSV column name (for a new part: every column it sets). */
      fields: Partial<Record<Column, FieldChange>>;
      /** The part as it will be. */
      next: PartRecord;
      existing: PartWithSupplier | null;
    }
  | ({ action: 'reject' } & RejectedRow);

export type PlannedRow = Exclude<RowPlan, { action: 'reject' }>;

/** A part in the catalogue as a CSV row would describe it. */
export function recordOf(p: PartWithSupplier): PartRecord {
  return {
    partNo: p.partNo,
    nameEn: p.nameEn,
    nameZh: p.nameZh,
    category: p.category,
    unit: p.unit,
    bin: p.bin,
    unitCost: p.unitCost,
    safetyStock: p.safetyStock,
    maxStock: p.maxStock,
    critical: p.critical,
    quotaPerLine: p.quotaPerLine,
    quotaPerTicket: p.quotaPerTicket,
    active: p.active,
    supplier: p.preferred?.supplier ?? null,
    supplierPartNo: p.preferred?.supplierPartNo ?? null,
    leadTimeDays: p.preferred?.leadTimeDays ?? null,
  };
}

/**
 * Plans one row. A column the file leaves out, or an empty flag or unit cell, leaves that field
 * of an existing part as it is
 * (a new part takes the parts/create default); the rules across fields (policy 5.2 maximum not
 * below safety stock, policy 5.3 quotas on critical parts) are checked on the part as it will be.
 */
export function planRow(
  row: ValidRow,
  present: ReadonlySet<Column>,
  existing: PartWithSupplier | null,
): RowPlan {
  const { line, record } = row;
  const before = existing ? recordOf(existing) : null;
  const next: PartRecord = { ...(before ?? record) };
  if (before) {
    for (const column of present) {
      // An empty unit, critical or active cell keeps an existing part's value.
      if (row.blank.includes(column)) continue;
      const field = FIELD_OF[column];
      (next as Record<string, CellValue>)[field] = record[field];
    }
  }
  const issues = limitIssues(next);
  if (issues.length > 0) {
    return {
      action: 'reject',
      line,
      partNo: record.partNo,
      errors: issues.map((i) => `${columnOf(i.field)}: ${i.message}`),
    };
  }
  const fields: Partial<Record<Column, FieldChange>> = {};
  for (const column of CSV_COLUMNS) {
    if (column === 'part_no') continue;
    const field = FIELD_OF[column];
    const to = next[field];
    const from = before ? before[field] : null;
    if (before ? from !== to : to !== null) fields[column] = { from, to };
  }
  const action = !before ? 'create' : Object.keys(fields).length > 0 ? 'update' : 'unchanged';
  return { action, line, partNo: record.partNo, fields, next, existing };
}
