import { z } from 'zod';
import { costTrend } from '../accounting/costTrend';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { LANGUAGES } from '../contract/language';
import { documentHeader } from '../documents/header';
import { depotTimeZone } from '../intake/zonedTime';
import { archiveDocument, type DocumentRef } from '../pdf/archive';
import type { DashboardReportSnapshot } from '../pdf/templates/dashboardReportSnapshot';
import { billingParams } from '../pricing/ticketMoney';
import { INSIGHT_READ } from './access';
import type { ParetoItem } from './faults';
import { panels } from './panels';
import { rangeShape, withRangeRules } from './range';

// The dashboard printed for the review meeting (issue 10, item 4; policy 6: 定期召開保修業務
// 分析會議): every panel's figures for the page filter, frozen in a snapshot and archived with
// the PDF, so the paper the meeting discussed can be shown again as it was.

const pareto = (items: ParetoItem[]) =>
  items.map(({ code, nameEn, nameZh, count, cumulativePercent }) => ({
    code,
    nameEn,
    nameZh,
    count,
    cumulativePercent,
  }));

export const dashboardReportDocumentHandlers = {
  'documents/dashboardReport': defineHandler({
    summary:
      "Prints the dashboard's figures for from..to (and a station) as a report: received, open now, faults Pareto, turnaround, cost, satisfaction, emergency response.",
    access: INSIGHT_READ,
    input: withRangeRules(z.object({ ...rangeShape, language: z.enum(LANGUAGES) }).strict()),
    run: async (ctx, input): Promise<DocumentRef> => {
      const settings = ctx.services.settings.current();
      const timeZone = depotTimeZone();
      const rules = { settings, timeZone, now: ctx.now() };
      const range = { from: input.from, to: input.to, stationId: input.stationId };
      const station =
        input.stationId === undefined
          ? null
          : ((await ctx
              .db('repair_stations')
              .where({ id: input.stationId })
              .first('code', 'name_en', 'name_zh')) as
              { code: string; name_en: string; name_zh: string } | undefined);
      if (station === undefined) {
        throw refuse('NOT_FOUND', 'appraisal.stationNotFound', {
          params: { id: input.stationId! },
          field: 'stationId',
          message: `No repair station ${input.stationId}.`,
          details: { stationId: input.stationId },
        });
      }
      const volume = await panels.volume(ctx.db, range, rules);
      const faults = await panels.faults(ctx.db, range, rules);
      const turnaround = await panels.turnaround(ctx.db, range, rules);
      const satisfaction = await panels.satisfaction(ctx.db, range, rules);
      const emergency = await panels.emergency(ctx.db, range, rules);
      const cost = await costTrend(ctx.db, range, timeZone, billingParams(settings), {
        stationId: input.stationId,
      });
      const printedAt = ctx.now().toISOString();
      const snapshot: DashboardReportSnapshot = {
        header: documentHeader(settings),
        printedAt,
        printedBy: ctx.actor.displayName,
        from: input.from,
        to: input.to,
        timeZone,
        currency: settings.locale.currency,
        station: station && {
          code: station.code,
          nameEn: station.name_en,
          nameZh: station.name_zh,
        },
        received: {
          interval: volume.interval,
          periods: volume.received.map(({ period, tickets }) => ({ period, tickets })),
        },
        backlog: volume.backlog,
        faults: {
          faults: faults.faults,
          tickets: faults.tickets,
          symptoms: pareto(faults.symptoms),
          causes: pareto(faults.causes),
          models: pareto(faults.models),
        },
        turnaround,
        satisfaction: {
          answers: satisfaction.answers,
          meanScore: satisfaction.meanScore,
          months: satisfaction.months.map(({ period, answers, meanScore }) => ({
            period,
            answers,
            meanScore,
          })),
        },
        emergency,
        costTrend: cost.months,
      };
      const pdf = await ctx.services.pdf.render({
        kind: 'dashboardReport',
        language: input.language,
        snapshot,
      });
      const period = `${input.from}..${input.to}${station ? `@${station.code}` : ''}`;
      return ctx.write(async (trx, audit) => {
        const ref = await archiveDocument(trx, ctx.services.dataDir, {
          kind: 'dashboardReport',
          language: input.language,
          entity: 'dashboard_report',
          entityId: period,
          snapshot,
          pdf,
          createdBy: ctx.actor.id,
          createdAt: printedAt,
        });
        await audit({
          entity: 'dashboard_report',
          entityId: period,
          action: 'print',
          after: { documentId: ref.id, language: input.language, sha256: ref.sha256 },
        });
        return ref;
      });
    },
  }),
};
