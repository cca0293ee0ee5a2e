import { z } from 'zod';
import { optionalLine } from '../intake/fields';
import { partFields } from './partHandlers';
import { leadTimeSchema, supplierPartNoSchema } from './suppliers';
import {
  FIELD_OF,
  columnOf,
  unguardFormula,
  type Column,
  type CsvFile,
  type CsvRow,
  type PartRecord,
} from './partCsv';

// Checking the rows of a parts CSV, each on its own (the same field rules as parts/create) and
// against each other (a part number once). Pure: no database, so every rule is unit-tested.

/** The same field rules as parts/create, plus what only a file carries. */
const rowSchema = z
  .object({
    ...partFields,
    active: z.boolean().default(true),
    supplier: optionalLine('Supplier', 120),
    supplierPartNo: supplierPartNoSchema,
    leadTimeDays: leadTimeSchema.nullable().default(null),
  })
  .strict();

type Kind = 'text' | 'count' | 'optionalCount' | 'flag';
const KIND: Record<Column, Kind> = {
  part_no: 'text',
  name_en: 'text',
  name_zh: 'text',
  category: 'text',
  unit: 'text',
  bin: 'text',
  unit_cost: 'count',
  safety_stock: 'count',
  max_stock: 'count',
  critical: 'flag',
  quota_per_line: 'optionalCount',
  quota_per_ticket: 'optionalCount',
  active: 'flag',
  supplier: 'text',
  supplier_part_no: 'text',
  lead_time_days: 'optionalCount',
};

const FLAGS: Record<string, boolean> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  y: true,
  n: false,
  '1': true,
  '0': false,
};
// Whole numbers only: "12.00" in a cost column is a spreadsheet's money format (1200 minor
// units), not 12, so a decimal point is refused rather than guessed at.
const NUMBER = /^[+-]?\d+$/;

function wholeNumber(column: Column, cell: string): { value: unknown } | { error: string } {
  if (NUMBER.test(cell)) return { value: Number(cell) };
  if (/^[+-]?\d*\.\d+$/.test(cell)) {
    return {
      error:
        column === 'unit_cost'
          ? `unit_cost: whole minor units, not "${cell}" (write 1200 for 12.00)`
          : `${column}: a whole number, not "${cell}"`,
    };
  }
  return { value: cell };
}

/** A cell as the field schema expects it, or a message when it cannot be one. */
function cellValue(column: Column, raw: string): { value: unknown } | { error: string } {
  const cell = raw.trim();
  switch (KIND[column]) {
    case 'text':
      // An empty unit means the default (pcs), like leaving it out of parts/create.
      return { value: column === 'unit' && cell === '' ? undefined : unguardFormula(raw) };
    case 'count':
      if (cell === '') return { error: `${column}: a whole number is required` };
      return wholeNumber(column, cell);
    case 'optionalCount':
      if (cell === '') return { value: null };
      return wholeNumber(column, cell);
    case 'flag':
      if (cell === '') return { value: undefined };
      if (cell.toLowerCase() in FLAGS) return { value: FLAGS[cell.toLowerCase()] };
      return { error: `${column}: use true or false, not "${cell}"` };
  }
}

/** `blank`: cells left empty that mean "the default" for a new part and "as it is" for an existing one. */
export type ValidRow = { line: number; record: PartRecord; blank: Column[] };
export type RejectedRow = { line: number; partNo: string; errors: string[] };

/** One data row checked on its own: the same field rules as parts/create. */
export function validateRow(file: CsvFile, row: CsvRow): ValidRow | RejectedRow {
  const rawPartNo = file.index.part_no < row.cells.length ? row.cells[file.index.part_no] : '';
  const partNo = rawPartNo.trim().toUpperCase();
  if (row.cells.length !== file.width) {
    return {
      line: row.line,
      partNo,
      errors: [`the row has ${row.cells.length} cells but the header has ${file.width}`],
    };
  }
  const errors: string[] = [];
  const input: Record<string, unknown> = {};
  const blank: Column[] = [];
  for (const column of file.present) {
    const cell = cellValue(column, row.cells[file.index[column]]);
    if ('error' in cell) errors.push(cell.error);
    else if (cell.value !== undefined) input[FIELD_OF[column]] = cell.value;
    else blank.push(column);
  }
  const parsed = rowSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? columnOf(String(issue.path[0])) : 'row';
      if (!errors.some((e) => e.startsWith(`${field}:`))) errors.push(`${field}: ${issue.message}`);
    }
  }
  if (errors.length > 0 || !parsed.success) return { line: row.line, partNo, errors };
  const record: PartRecord = parsed.data;
  if (
    record.supplier === null &&
    (record.supplierPartNo !== null || record.leadTimeDays !== null)
  ) {
    errors.push('supplier: a supplier part number or lead time needs the supplier it belongs to');
  }
  if (record.supplier !== null && record.leadTimeDays === null) {
    errors.push('lead_time_days: the preferred supplier needs a lead time in days (0-365)');
  }
  if (errors.length > 0) return { line: row.line, partNo: record.partNo, errors };
  return { line: row.line, record, blank };
}

export type CheckedFile = { valid: ValidRow[]; rejected: RejectedRow[]; total: number };

/**
 * Every data row checked. A part number given twice is ambiguous, so all its rows are refused.
 * `valid` is in file order: the import's from/count walk it.
 */
export function checkRows(file: CsvFile): CheckedFile {
  const results = file.rows.map((row) => validateRow(file, row));
  const linesOf = new Map<string, number[]>();
  for (const r of results) {
    const partNo = 'record' in r ? r.record.partNo : r.partNo;
    if (partNo !== '') linesOf.set(partNo, [...(linesOf.get(partNo) ?? []), r.line]);
  }
  const valid: ValidRow[] = [];
  const rejected: RejectedRow[] = file.broken.map((b) => ({
    line: b.line,
    partNo: '',
    errors: [b.message],
  }));
  for (const r of results) {
    const partNo = 'record' in r ? r.record.partNo : r.partNo;
    const lines = linesOf.get(partNo) ?? [];
    if (lines.length > 1) {
      const twice = `part_no: ${partNo} appears more than once (lines ${lines.join(', ')})`;
      const others = 'errors' in r ? r.errors : [];
      rejected.push({ line: r.line, partNo, errors: [twice, ...others] });
    } else if ('record' in r) valid.push(r);
    else rejected.push(r);
  }
  rejected.sort((a, b) => a.line - b.line);
  return { valid, rejected, total: file.rows.length + file.broken.length };
}
