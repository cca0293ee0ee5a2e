import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { refuse } from '../contract/errors';

// The parts catalogue as a CSV file (issue 4, item 1; policy 5.2: parts classified, labelled and
// stored by location), so a keeper can load or review the whole catalogue in a spreadsheet.
// Reading a file is pure (no database), like checking its rows (partCsvRows.ts).

export const CSV_COLUMNS = [
  'part_no',
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
  'supplier',
  'supplier_part_no',
  'lead_time_days',
] as const;
export type Column = (typeof CSV_COLUMNS)[number];

/** The columns a new part cannot do without; a file lacking one is refused as a whole. */
export const REQUIRED_COLUMNS: readonly Column[] = [
  'part_no',
  'name_en',
  'name_zh',
  'category',
  'unit_cost',
  'safety_stock',
  'max_stock',
];
/** The preferred supplier's columns only make sense together. */
export const SUPPLIER_COLUMNS: readonly Column[] = [
  'supplier',
  'supplier_part_no',
  'lead_time_days',
];

/** One part as a CSV row describes it (the preferred supplier flattened into three fields). */
export type PartRecord = {
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
  supplier: string | null;
  supplierPartNo: string | null;
  leadTimeDays: number | null;
};

export const FIELD_OF: Record<Column, keyof PartRecord> = {
  part_no: 'partNo',
  name_en: 'nameEn',
  name_zh: 'nameZh',
  category: 'category',
  unit: 'unit',
  bin: 'bin',
  unit_cost: 'unitCost',
  safety_stock: 'safetyStock',
  max_stock: 'maxStock',
  critical: 'critical',
  quota_per_line: 'quotaPerLine',
  quota_per_ticket: 'quotaPerTicket',
  active: 'active',
  supplier: 'supplier',
  supplier_part_no: 'supplierPartNo',
  lead_time_days: 'leadTimeDays',
};
const COLUMN_OF = Object.fromEntries(Object.entries(FIELD_OF).map(([c, f]) => [f, c])) as Record<
  keyof PartRecord,
  Column
>;

export function columnOf(field: string): string {
  return (COLUMN_OF as Record<string, string>)[field] ?? field;
}

// Spreadsheets run a cell that starts with = + - @ as a formula ("CSV injection"), so the export
// writes such text with a leading apostrophe and the import takes it off again.
const FORMULA_START = /^[=+\-@]/;
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
export function unguardFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export type CsvRow = { line: number; cells: string[] };
export type CsvFile = {
  /** The known columns present, by their position in the file (-1 when absent). */
  index: Record<Column, number>;
  present: ReadonlySet<Column>;
  unknownColumns: string[];
  width: number;
  rows: CsvRow[];
  /** Rows the CSV reader itself could not make sense of (an unclosed quote). */
  broken: { line: number; message: string }[];
};

export function csvDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Reads the text of a CSV file (BOM, CRLF and quoted fields with commas or line breaks are all
 * fine). Line numbers are the file's, the header being line 1. A file without the columns a
 * part needs is refused as a whole.
 */
export function readCsv(text: string): CsvFile {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: CsvRow[] = [];
  const broken: CsvFile['broken'] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(normal, {
    delimiter: ',',
    newline: '\n',
    step: (result) => {
      const end = result.meta.cursor;
      const cells = result.data;
      if (result.errors.length > 0) {
        broken.push({ line, message: 'a quoted field is not closed (check the quotes)' });
      } else if (!cells.every((c) => c.trim() === '')) {
        // Blank lines, and the rows of bare commas spreadsheets leave at the end, are skipped.
        records.push({ line, cells });
      }
      for (let i = start; i < end; i += 1) if (normal.charCodeAt(i) === 10) line += 1;
      start = end;
    },
  });
  const [header, ...rows] = records;
  if (!header || header.line !== 1) {
    throw refuse('VALIDATION', 'stock.csvEmpty', {
      field: 'csv',
      message: 'The file is empty: line 1 must be the header row.',
    });
  }
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const index = Object.fromEntries(CSV_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<
    Column,
    number
  >;
  const duplicate = names.filter((n, i) => n !== '' && names.indexOf(n) !== i);
  const missing = REQUIRED_COLUMNS.filter((c) => index[c] < 0);
  const someSupplier = SUPPLIER_COLUMNS.some((c) => index[c] >= 0);
  if (someSupplier) missing.push(...SUPPLIER_COLUMNS.filter((c) => index[c] < 0));
  if (missing.length > 0 || duplicate.length > 0) {
    const parts = [
      missing.length > 0 ? `missing column(s) ${missing.join(', ')}` : '',
      duplicate.length > 0 ? `column(s) named twice: ${[...new Set(duplicate)].join(', ')}` : '',
    ].filter(Boolean);
    const duplicateColumns = [...new Set(duplicate)];
    throw refuse('VALIDATION', 'stock.csvHeader', {
      params: { missing: missing.join(', '), duplicate: duplicateColumns.join(', ') },
      field: 'csv',
      message: `The header row (line 1) is not usable: ${parts.join('; ')}.`,
      details: { missingColumns: missing, duplicateColumns },
    });
  }
  const known = new Set<string>(CSV_COLUMNS);
  return {
    index,
    present: new Set(CSV_COLUMNS.filter((c) => index[c] >= 0)),
    unknownColumns: header.cells
      .filter((_, i) => names[i] !== '' && !known.has(names[i]))
      .map((c) => c.trim()),
    width: header.cells.length,
    rows,
    broken: broken.filter((b) => b.line > 1),
  };
}
