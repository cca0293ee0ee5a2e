import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { APPRAISAL_READ } from './access';
import { costedTickets, type CostedTicket } from './costControl';
import { periodSchema, rangeIssue, rangeOk } from './periodFacts';
import { answersBehind, type Answer } from './satisfaction';

// The drill-down behind customer satisfaction and repair cost control (issue 10, item 3): the
// answered follow-ups and the costed tickets, read from the same outcome rows as the figures
// (indicatorHandlers.ts), so a figure and its list cannot disagree.

const scopeSchema = {
  ...periodSchema,
  technicianId: z.number().int().positive().optional(),
  stationId: z.number().int().positive().optional(),
};

export type CostDrillRow = CostedTicket & {
  /** The station's mean cost for this ticket's product type in the period (minor units). */
  stationMean: number;
};

export const drillDownHandlers = {
  'appraisal/answers': defineHandler({
    summary:
      "The answered follow-up calls (score 1-5, comments) about the tickets completed in a period, optionally one technician's or one station's: the answers behind customer satisfaction.",
    access: APPRAISAL_READ,
    input: z.object(scopeSchema).strict().refine(rangeOk, rangeIssue),
    run: (ctx, input): Promise<{ total: number; answers: Answer[] }> =>
      answersBehind(ctx.db, input, {
        technicianId: input.technicianId,
        stationId: input.stationId,
      }),
  }),

  'appraisal/costs': defineHandler({
    summary:
      "The tickets completed in a period with their cost (labour, parts, total) and their station's mean cost for the same product type, optionally one technician's, one station's or one product type's: the tickets behind repair cost control.",
    access: APPRAISAL_READ,
    input: z
      .object({ ...scopeSchema, productTypeId: z.number().int().positive().optional() })
      .strict()
      .refine(rangeOk, rangeIssue),
    run: (ctx, input): Promise<{ total: number; tickets: CostDrillRow[] }> =>
      costedTickets(ctx.db, input, {
        technicianId: input.technicianId,
        stationId: input.stationId,
        productTypeId: input.productTypeId,
      }),
  }),
};
