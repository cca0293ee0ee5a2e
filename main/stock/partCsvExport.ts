import type { Knex } from 'knex';
import Papa from 'papaparse';
import { allPartsByNumber, type PartWithSupplier } from './partRepo';
import { CSV_COLUMNS, FIELD_OF, guardFormula } from './partCsv';
import { recordOf } from './partCsvPlan';

// The whole parts catalogue as one CSV text (policy 5.2), read in keyset pages so 100,000 parts
// never sit in one query result. Costs are integer minor units, as stored; the supplier columns
// are the preferred supplier's.

/** Excel reads a UTF-8 file as UTF-8 (and so shows Chinese names) only when it starts with a BOM. */
export const BOM = '\uFEFF';
export const CSV_NEWLINE = '\r\n';
const PAGE = 2_000;

/** One part's cells in CSV_COLUMNS order: text guarded against formulas, null as empty. */
export function csvCells(part: PartWithSupplier): (string | number | boolean | null)[] {
  const record = recordOf(part);
  return CSV_COLUMNS.map((column) => {
    const value = record[FIELD_OF[column]];
    return typeof value === 'string' ? guardFormula(value) : value;
  });
}

export async function exportPartsCsv(db: Knex): Promise<{ csv: string; rows: number }> {
  const chunks: string[] = [BOM + CSV_COLUMNS.join(',')];
  let rows = 0;
  for await (const page of allPartsByNumber(db, PAGE)) {
    chunks.push(Papa.unparse(page.map(csvCells), { newline: CSV_NEWLINE, header: false }));
    rows += page.length;
  }
  return { csv: chunks.join(CSV_NEWLINE) + CSV_NEWLINE, rows };
}
