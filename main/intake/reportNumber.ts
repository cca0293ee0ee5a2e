import type { Knex } from 'knex';

// Report numbers (報修單號, policy 3.1): `R2026-000123`. Unique, gapless per year and never
// reused. The counter row is bumped inside the ticket's own transaction, so a failed intake
// rolls its number back with it, and the row lock (PostgreSQL) or the single writer (SQLite)
// keeps two desks from drawing the same number. A cancelled ticket keeps its number.

export type ReportNumber = { year: number; seq: number; reportNo: string };

export function formatReportNo(year: number, seq: number): string {
  return `R${year}-${String(seq).padStart(6, '0')}`;
}

export async function allocateReportNumber(
  trx: Knex.Transaction,
  year: number,
): Promise<ReportNumber> {
  const [row] = await trx('report_counters')
    .insert({ year, last_seq: 1 })
    .onConflict('year')
    .merge({ last_seq: trx.raw('report_counters.last_seq + 1') })
    .returning('last_seq');
  const seq = Number(typeof row === 'object' ? (row as { last_seq: number }).last_seq : row);
  return { year, seq, reportNo: formatReportNo(year, seq) };
}
