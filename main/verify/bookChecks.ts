import type { Knex } from 'knex';
import { verifyLedger } from '../stock/ledger';
import { formatReportNo } from '../intake/reportNumber';
import { checkResult, type VerifyCheck } from './report';

/** Policy 5.2 (賬實相符): on-hand equals the ledger's sum for every part (stock/verify's proof). */
export async function checkLedger(db: Knex): Promise<VerifyCheck> {
  const result = checkResult('ledger');
  const [{ n }] = (await db('parts').count({ n: '*' })) as { n: number | string }[];
  result.count(Number(n));
  for (const m of await verifyLedger(db)) {
    result.add(
      'ledgerMismatch',
      `Part ${m.partNo}: ${m.onHand} on hand, but the ledger adds up to ${m.ledger}`,
      { partNo: m.partNo, onHand: m.onHand, ledger: m.ledger },
    );
  }
  return result.done();
}

type Gap = { report_year: number; report_seq: number; prev: number | null };
type YearCount = {
  year: number;
  tickets: number | string;
  top: number | null;
  last_seq: number | null;
};

/**
 * Policy 3.1: report numbers are gapless per year and never reused. Every year's numbers run
 * 1..n with none missing, and the year's counter stands at the last one issued (a counter
 * behind would hand out a number twice; one ahead means a ticket was removed).
 */
export async function checkReportNumbers(db: Knex): Promise<VerifyCheck> {
  const result = checkResult('reportNumbers');
  const gaps = (await db
    .select('report_year', 'report_seq', 'prev')
    .from(
      db('tickets')
        .select(
          'report_year',
          'report_seq',
          db.raw('lag(report_seq) over (partition by report_year order by report_seq) as prev'),
        )
        .as('t'),
    )
    .whereRaw('report_seq - coalesce(prev, 0) <> 1')
    .orderBy(['report_year', 'report_seq'])
    .limit(200)) as Gap[];
  for (const g of gaps) {
    const from = (g.prev ?? 0) + 1;
    const to = g.report_seq - 1;
    result.add(
      'reportNumberGap',
      `Report numbers ${formatReportNo(g.report_year, from)}` +
        (to > from ? ` to ${formatReportNo(g.report_year, to)}` : '') +
        ' are missing',
      { from: formatReportNo(g.report_year, from), to: formatReportNo(g.report_year, to) },
    );
  }
  // Years with tickets or a counter, each with its count, highest number and counter.
  const years = (await db.raw(`
    SELECT y.year, coalesce(t.n, 0) AS tickets, t.top, c.last_seq
    FROM (SELECT report_year AS year FROM tickets UNION SELECT year FROM report_counters) AS y
    LEFT JOIN (SELECT report_year, count(*) AS n, max(report_seq) AS top
               FROM tickets GROUP BY report_year) AS t ON t.report_year = y.year
    LEFT JOIN report_counters AS c ON c.year = y.year
    ORDER BY y.year`)) as YearCount[];
  for (const y of years) {
    result.count(Number(y.tickets));
    const top = Number(y.top ?? 0);
    if (Number(y.last_seq ?? 0) !== top) {
      result.add(
        'reportCounter',
        `The ${y.year} report counter stands at ${y.last_seq ?? 0}, but the last ticket is number ${top}`,
        { year: y.year, counter: y.last_seq ?? 0, last: top },
      );
    }
  }
  return result.done();
}
