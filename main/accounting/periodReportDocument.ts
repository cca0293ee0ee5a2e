import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { LANGUAGES } from '../contract/language';
import { documentHeader } from '../documents/header';
import { isoDateSchema } from '../intake/fields';
import { depotTimeZone } from '../intake/zonedTime';
import { archiveDocument, type DocumentRef } from '../pdf/archive';
import type { PeriodCostReportSnapshot } from '../pdf/templates/periodCostReportSnapshot';
import { ACCOUNTING_READ } from './access';
import { billingParams } from '../pricing/ticketMoney';
import { periodReport } from './periodReport';

// The period cost report printed for finance and the station to sign (policy 3.5,
// 定期與維修站點核對), from a snapshot of the figures at that moment and archived with them, so the
// signed paper can always be shown again as it was.

export const periodReportDocumentHandlers = {
  'documents/periodCostReport': defineHandler({
    summary:
      'Prints the period cost report (保修費用期間報表) per station and product type, with totals and a signature block for finance and the station.',
    access: ACCOUNTING_READ,
    input: z
      .object({ from: isoDateSchema, to: isoDateSchema, language: z.enum(LANGUAGES) })
      .strict()
      .refine((p) => p.from <= p.to, { message: 'from is after to', path: ['from'] }),
    run: async (ctx, input): Promise<DocumentRef> => {
      const settings = ctx.services.settings.current();
      const report = await periodReport(ctx.db, input, depotTimeZone(), billingParams(settings));
      const printedAt = ctx.now().toISOString();
      const snapshot: PeriodCostReportSnapshot = {
        header: documentHeader(settings),
        printedAt,
        printedBy: ctx.actor.displayName,
        from: report.from,
        to: report.to,
        timeZone: report.timeZone,
        currency: settings.locale.currency,
        labourRatePerHour: report.labourRatePerHour,
        lines: report.lines.map(({ station, productType, ...figures }) => ({
          station: { code: station.code, nameEn: station.nameEn, nameZh: station.nameZh },
          productType: {
            code: productType.code,
            nameEn: productType.nameEn,
            nameZh: productType.nameZh,
          },
          ...figures,
        })),
        totals: report.totals,
      };
      const pdf = await ctx.services.pdf.render({
        kind: 'periodCostReport',
        language: input.language,
        snapshot,
      });
      const period = `${report.from}..${report.to}`;
      return ctx.write(async (trx, audit) => {
        const ref = await archiveDocument(trx, ctx.services.dataDir, {
          kind: 'periodCostReport',
          language: input.language,
          entity: 'period_cost_report',
          entityId: period,
          snapshot,
          pdf,
          createdBy: ctx.actor.id,
          createdAt: printedAt,
        });
        await audit({
          entity: 'period_cost_report',
          entityId: period,
          action: 'print',
          after: { documentId: ref.id, language: input.language, sha256: ref.sha256 },
        });
        return ref;
      });
    },
  }),
};
