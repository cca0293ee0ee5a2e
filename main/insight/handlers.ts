import { defineHandler, type HandlerContext } from '../contract/handler';
import { depotTimeZone } from '../intake/zonedTime';
import { INSIGHT_READ } from './access';
import { dashboardReportDocumentHandlers } from './dashboardReportDocument';
import type { EmergencyPanel } from './emergency';
import type { FaultsPanel } from './faults';
import { panels, type PanelRules } from './panels';
import { z } from 'zod';
import { rangeInput } from './range';
import type { SatisfactionPanel } from './satisfaction';
import type { TurnaroundPanel } from './turnaround';
import type { VolumePanel } from './volume';

// The manager's dashboard (issue 10, item 4; policy 6), one read-only channel per panel, each
// for local days from..to and optionally one station (the page's filter).

function rules(ctx: HandlerContext): PanelRules {
  return { settings: ctx.services.settings.current(), timeZone: depotTimeZone(), now: ctx.now() };
}

export type StationChoice = { id: number; code: string; nameEn: string; nameZh: string };

export const insightHandlers = {
  'insight/stations': defineHandler({
    summary:
      "The repair stations for the dashboard's station filter (finance included), every station, retired ones included (old figures name them), by code.",
    access: INSIGHT_READ,
    input: z.object({}).strict(),
    run: async (ctx): Promise<StationChoice[]> =>
      (
        (await ctx
          .db('repair_stations')
          .orderBy('code')
          .select('id', 'code', 'name_en', 'name_zh')) as {
          id: number;
          code: string;
          name_en: string;
          name_zh: string;
        }[]
      ).map((s) => ({ id: s.id, code: s.code, nameEn: s.name_en, nameZh: s.name_zh })),
  }),
  'insight/volume': defineHandler({
    summary:
      'Tickets received per week (ranges up to 13 weeks) or month in from..to, and the tickets open now by status and by age in working days (0-2, 3-5, 6-10, 11+).',
    access: INSIGHT_READ,
    input: rangeInput,
    run: async (ctx, range): Promise<VolumePanel> => panels.volume(ctx.db, range, rules(ctx)),
  }),
  'insight/faults': defineHandler({
    summary:
      'Faults recorded on tickets reported in from..to, as Pareto lists by symptom, cause and model: count, running total, cumulative percent.',
    access: INSIGHT_READ,
    input: rangeInput,
    run: async (ctx, range): Promise<FaultsPanel> => panels.faults(ctx.db, range, rules(ctx)),
  }),
  'insight/turnaround': defineHandler({
    summary:
      'Tickets handed back in from..to by working days from reported to handed back (0-1, 2-3, 4-5, 6-10, 11-20, 21+).',
    access: INSIGHT_READ,
    input: rangeInput,
    run: async (ctx, range): Promise<TurnaroundPanel> =>
      panels.turnaround(ctx.db, range, rules(ctx)),
  }),
  'insight/satisfaction': defineHandler({
    summary:
      'Follow-up answers per month in from..to: answers, score sum and mean satisfaction (1-5).',
    access: INSIGHT_READ,
    input: rangeInput,
    run: async (ctx, range): Promise<SatisfactionPanel> =>
      panels.satisfaction(ctx.db, range, rules(ctx)),
  }),
  'insight/emergency': defineHandler({
    summary:
      'Emergency tickets reported per month in from..to: response met, missed or still pending against the promised response time.',
    access: INSIGHT_READ,
    input: rangeInput,
    run: async (ctx, range): Promise<EmergencyPanel> => panels.emergency(ctx.db, range, rules(ctx)),
  }),
  ...dashboardReportDocumentHandlers,
};
