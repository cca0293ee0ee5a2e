import { z } from 'zod';
import { headerSchema } from '../layout';
import { minorUnits } from './benchSchemas';

// Everything the printed period cost report (policy 3.5, 定期與維修站點核對) shows, frozen when
// it is printed: the period, the labour rate the costs were computed at, the lines and totals.

const named = z.object({ code: z.string(), nameEn: z.string(), nameZh: z.string() });
const figures = z.object({
  tickets: z.number().int().min(0),
  labourMinutes: z.number().int().min(0),
  labourCost: minorUnits,
  partsCost: z.number().int(),
  companyBorne: z.number().int(),
  customerBorne: z.number().int(),
  // Billed to and paid by customers (issue 10, item 1); absent on reports printed before prices.
  billed: z.number().int().optional(),
  paid: z.number().int().optional(),
});

export const periodCostReportSnapshot = z.object({
  header: headerSchema,
  printedAt: z.string(),
  printedBy: z.string(),
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  labourRatePerHour: minorUnits,
  lines: z.array(figures.extend({ station: named, productType: named })),
  totals: figures,
});
export type PeriodCostReportSnapshot = z.infer<typeof periodCostReportSnapshot>;
