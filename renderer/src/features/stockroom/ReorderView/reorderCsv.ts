import dayjs from 'dayjs';
import type { ReorderRow } from '../../../../../main/stock/replenishment';

// The suggestion list as a spreadsheet for purchasing (policy 5.1: purchasing plans from
// demand; 5.2: reorder before safety stock runs out). UTF-8 with a BOM, so Excel shows the
// Chinese names; one row per part to order, grouped by supplier so each becomes one order.

export const CSV_COLUMNS = [
  'supplier',
  'partNo',
  'nameEn',
  'nameZh',
  'suggested',
  'onHand',
  'safety',
  'reorderPoint',
  'maxStock',
  'usage',
  'leadTime',
  'bin',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const BOM = '\uFEFF';
const NEWLINE = '\r\n';
/** A cell a spreadsheet would run as a formula (CSV injection); kept as text with a quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The file's name, dated by the workstation's calendar day: reorder-20260314.csv. */
export function reorderFileName(now: Date = new Date()): string {
  return `reorder-${dayjs(now).format('YYYYMMDD')}.csv`;
}

/** The parts worth ordering (a suggestion above zero), by supplier, then part number. */
export function toOrder(rows: readonly ReorderRow[]): ReorderRow[] {
  return rows
    .filter((r) => r.suggested > 0)
    .sort(
      (a, b) =>
        (a.supplier === null ? 1 : 0) - (b.supplier === null ? 1 : 0) ||
        (a.supplier ?? '').localeCompare(b.supplier ?? '') ||
        a.partNo.localeCompare(b.partNo),
    );
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellsOf(r: ReorderRow): Record<CsvColumn, string | number | null> {
  return {
    supplier: r.supplier,
    partNo: r.partNo,
    nameEn: r.nameEn,
    nameZh: r.nameZh,
    suggested: r.suggested,
    onHand: r.onHand,
    safety: r.safetyStock,
    reorderPoint: r.reorderPoint,
    maxStock: r.maxStock,
    usage: r.usage,
    leadTime: r.leadTimeDays,
    bin: r.bin,
  };
}

/** The parts to order as CSV text, with the column titles in the reader's language. */
export function reorderCsv(rows: readonly ReorderRow[], titles: Record<CsvColumn, string>): string {
  const lines = [CSV_COLUMNS.map((c) => cell(titles[c])).join(',')];
  for (const row of toOrder(rows)) {
    const cells = cellsOf(row);
    lines.push(CSV_COLUMNS.map((c) => cell(cells[c])).join(','));
  }
  return BOM + lines.join(NEWLINE) + NEWLINE;
}
