import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { isoDateSchema } from '../intake/fields';
import { depotTimeZone } from '../intake/zonedTime';
import { ACCOUNTING_READ } from './access';
import { periodReport, type PeriodReport } from './periodReport';
import { periodReportCsv } from './periodReportCsv';
import { periodReportDocumentHandlers } from './periodReportDocument';

// Cost accounting channels (issue 10, item 1; policy 3.5): the period cost report that finance
// reconciles with each repair station, on screen and as a CSV file.

const periodInput = z
  .object({
    /** Local calendar days, inclusive: tickets completed (handed back) on these days. */
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'from is after to', path: ['from'] });

export const accountingHandlers = {
  'accounting/periodReport': defineHandler({
    summary:
      'Costs of the tickets completed from..to (local days, inclusive) per repair station and product type: tickets, labour minutes and cost, parts cost, company- and customer-borne (minor units); totals = sum of lines.',
    access: ACCOUNTING_READ,
    input: periodInput,
    run: async (ctx, range): Promise<PeriodReport> =>
      periodReport(
        ctx.db,
        range,
        depotTimeZone(),
        ctx.services.settings.current().policy.labourRatePerHour,
      ),
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
        ctx.services.settings.current().policy.labourRatePerHour,
      );
      return {
        csv: periodReportCsv(report),
        fileName: `depot-costs-${range.from}-to-${range.to}.csv`,
        lines: report.lines.length,
      };
    },
  }),
  ...periodReportDocumentHandlers,
};
