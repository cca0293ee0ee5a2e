import { z } from 'zod';
import { headerSchema } from '../layout';

// Everything the printed dashboard report (issue 10, item 4; policy 6: periodic reports with
// statistics, problems and trends) shows, frozen when it is printed: the filter and each
// panel's figures, so the archived paper can be shown again as it was.

const count = z.number().int().min(0);
const named = z.object({ code: z.string(), nameEn: z.string(), nameZh: z.string() });
const paretoItem = named.extend({ count, cumulativePercent: z.number() });

export const dashboardReportSnapshot = z.object({
  header: headerSchema,
  printedAt: z.string(),
  printedBy: z.string(),
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  /** null: every station. */
  station: named.nullable(),
  received: z.object({
    interval: z.enum(['week', 'month']),
    periods: z.array(z.object({ period: z.string(), tickets: count })),
  }),
  backlog: z.object({
    asOf: z.string(),
    total: count,
    byStatus: z.array(z.object({ status: z.string(), tickets: count })),
    byAge: z.array(z.object({ bucket: z.string(), tickets: count })),
  }),
  faults: z.object({
    faults: count,
    tickets: count,
    symptoms: z.array(paretoItem),
    causes: z.array(paretoItem),
    models: z.array(paretoItem),
  }),
  turnaround: z.object({
    completed: count,
    buckets: z.array(z.object({ bucket: z.string(), tickets: count })),
  }),
  satisfaction: z.object({
    answers: count,
    meanScore: z.number().nullable(),
    months: z.array(
      z.object({ period: z.string(), answers: count, meanScore: z.number().nullable() }),
    ),
  }),
  emergency: z.object({
    responseHours: count,
    months: z.array(
      z.object({ period: z.string(), tickets: count, met: count, missed: count, pending: count }),
    ),
  }),
  costTrend: z.array(
    z.object({
      month: z.string(),
      tickets: count,
      companyBorne: z.number().int(),
      billed: z.number().int(),
      paid: z.number().int(),
    }),
  ),
});
export type DashboardReportSnapshot = z.infer<typeof dashboardReportSnapshot>;
