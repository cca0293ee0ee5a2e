import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { idSchema, isoDateSchema } from '../intake/fields';
import { depotTimeZone } from '../intake/zonedTime';
import { billingParams } from '../pricing/ticketMoney';
import { ACCOUNTING_READ } from './access';
import { costTrend, monthSpan, type CostTrend } from './costTrend';
import { periodReport, type PeriodReport } from './periodReport';
import { periodReportCsv } from './periodReportCsv';
import { periodReportDocumentHandlers } from './periodReportDocument';

// Cost accounting channels (issue 10, item 1; policy 3.5): the period cost report that finance
// reconciles with each repair station, on screen and as a CSV file, and its trend by month.

const periodInput = z
  .object({
    /** Local calendar days, inclusive: tickets completed (handed back) on these days. */
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'from is after to', path: ['from'] });

/** A trend is read by month; five years is more than any dashboard draws. */
const MAX_TREND_MONTHS = 60;

const trendInput = z
  .object({ from: isoDateSchema, to: isoDateSchema, stationId: idSchema.optional() })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'from is after to', path: ['from'] })
  .refine((p) => !(monthSpan(p.from, p.to) > MAX_TREND_MONTHS), {
    message: `At most ${MAX_TREND_MONTHS} months`,
    path: ['to'],
  });

export const accountingHandlers = {
  'accounting/periodReport': defineHandler({
    summary:
      'Costs of the tickets completed from..to (local days, inclusive) per repair station and product type: tickets, labour minutes and cost, parts cost, company- and customer-borne, billed and paid (minor units); totals = sum of lines.',
    access: ACCOUNTING_READ,
    input: periodInput,
    run: async (ctx, range): Promise<PeriodReport> =>
      periodReport(ctx.db, range, depotTimeZone(), billingParams(ctx.services.settings.current())),
  }),
  'accounting/periodReportCsv': defineHandler({
    summary:
      'The period cost report as CSV (UTF-8 with BOM, CRLF); money in integer minor units; a last "total" row.',
    access: ACCOUNTING_READ,
    input: periodInput,
    run: async (ctx, range): Promise<{ csv: string; fileName: string; lines: number }> => {
      const report = await periodReport(
        ctx.db,
        range,
        depotTimeZone(),
        billingParams(ctx.services.settings.current()),
      );
      return {
        csv: periodReportCsv(report),
        fileName: `depot-costs-${range.from}-to-${range.to}.csv`,
        lines: report.lines.length,
      };
    },
  }),
  'accounting/costTrend': defineHandler({
    summary:
      'Warranty cost trend by local month of completion for from..to (optionally one station): tickets, company-borne, billed, paid per month; the months add up to the period report of the same range.',
    access: ACCOUNTING_READ,
    input: trendInput,
    run: async (ctx, input): Promise<CostTrend> =>
      costTrend(ctx.db, input, depotTimeZone(), billingParams(ctx.services.settings.current()), {
        stationId: input.stationId,
      }),
  }),
  ...periodReportDocumentHandlers,
};
