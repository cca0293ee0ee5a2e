import type { Knex } from 'knex';
import { addMonths, daysInMonth, type IsoDate } from '../intake/civilDate';
import type { BillingParams } from '../pricing/billing';
import { periodReport, type ReportScope } from './periodReport';

// The warranty cost trend by month (issue 10, item 4: company-borne vs billed): the period
// report's figures for each local calendar month of from..to (the first and last months cut to
// the range), so the months add up to the period report of the same range, ticket for ticket.

export type TrendMonth = {
  /** YYYY-MM, the depot's local month of completed_at. */
  month: string;
  tickets: number;
  companyBorne: number;
  billed: number;
  paid: number;
};

export type CostTrend = {
  from: IsoDate;
  to: IsoDate;
  stationId: number | null;
  months: TrendMonth[];
};

/** How many calendar months from..to touches (NaN for text that is not a date). */
export function monthSpan(from: string, to: string): number {
  const index = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return index(to) - index(from) + 1;
}

/** The local months of from..to, each as the days of it inside the range. */
export function monthsOf(
  from: IsoDate,
  to: IsoDate,
): { month: string; from: IsoDate; to: IsoDate }[] {
  const out: { month: string; from: IsoDate; to: IsoDate }[] = [];
  let first = `${from.slice(0, 7)}-01`;
  while (first <= to) {
    const [y, m] = first.split('-').map(Number);
    const last = `${first.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
    out.push({
      month: first.slice(0, 7),
      from: first < from ? from : first,
      to: last > to ? to : last,
    });
    first = addMonths(first, 1);
  }
  return out;
}

export async function costTrend(
  db: Knex,
  range: { from: IsoDate; to: IsoDate },
  timeZone: string,
  params: BillingParams,
  scope: ReportScope = {},
): Promise<CostTrend> {
  const months: TrendMonth[] = [];
  for (const m of monthsOf(range.from, range.to)) {
    const { totals } = await periodReport(db, m, timeZone, params, scope);
    months.push({
      month: m.month,
      tickets: totals.tickets,
      companyBorne: totals.companyBorne,
      billed: totals.billed,
      paid: totals.paid,
    });
  }
  return { from: range.from, to: range.to, stationId: scope.stationId ?? null, months };
}
