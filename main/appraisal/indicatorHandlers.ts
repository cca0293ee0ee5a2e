import { z } from 'zod';
import type { Knex } from 'knex';
import { defineHandler } from '../contract/handler';
import { APPRAISAL_READ, readsOthersTraining } from './access';
import {
  stationCost,
  stationSums,
  technicianCost,
  type CostControl,
  type StationCost,
} from './costControl';
import {
  DEFINITIONS,
  FIRST_TIME_FIX_REFERENCE,
  repairIndicators,
  ticketsBehind,
  type RepairIndicators,
} from './indicators';
import { periodOutcomes, periodSchema, rangeIssue, rangeOk } from './periodFacts';
import { periodSums, total, type PeriodSum } from './periodSums';
import { satisfactionOf, type Satisfaction } from './satisfaction';
import { ticketFacts, type TicketFact } from './ticketFacts';
import { trainingTotals } from './training';
import { trainingTargetMinutes } from './trainingTarget';

// The appraisal indicators (issue 10, item 3; policy 4) per technician (the ticket's assignee,
// who repaired it and whose success rate a re-repair counts against) and per repair station,
// for tickets completed in a period of local dates, with a drill-down to the tickets behind
// each figure (here for the rates; drillDownHandlers.ts for answers and costs).

export type TechnicianIndicators = RepairIndicators & {
  technician: { id: number; name: string };
  satisfaction: Satisfaction;
  cost: CostControl;
  training: {
    definition: typeof DEFINITIONS.training;
    minutes: number;
    courses: number;
    targetHoursPerYear: number;
    /** The yearly target pro rata for the period (trainingTarget.ts), whole minutes. */
    targetMinutes: number;
  };
};
export type StationIndicators = RepairIndicators & {
  station: { id: number; code: string; name: string; nameZh: string };
  satisfaction: Satisfaction;
  cost: StationCost;
};

/** Every active technician, and anyone else who had tickets completed in the period. */
async function appraisedStaff(db: Knex, sums: readonly PeriodSum[]) {
  const assignees = new Set(sums.flatMap((s) => (s.technicianId === null ? [] : [s.technicianId])));
  return (await db('staff as s')
    .where((q) => {
      void q
        .whereIn('s.id', [...assignees])
        .orWhereExists(
          db('staff_roles as sr')
            .whereRaw('sr.staff_id = s.id')
            .where('sr.role', 'technician')
            .where('s.active', true)
            .select('sr.staff_id'),
        );
    })
    .orderBy('s.display_name')
    .orderBy('s.id')
    .select('s.id', 's.display_name')) as { id: number; display_name: string }[];
}

async function appraisedStations(db: Knex, sums: readonly PeriodSum[]) {
  const stationIds = new Set(sums.map((s) => s.stationId));
  return (await db('repair_stations')
    .where('active', true)
    .orWhereIn('id', [...stationIds])
    .orderBy('code')
    .select('id', 'code', 'name_en', 'name_zh')) as {
    id: number;
    code: string;
    name_en: string;
    name_zh: string;
  }[];
}

export const indicatorHandlers = {
  'appraisal/indicators': defineHandler({
    summary:
      'Appraisal indicators for tickets completed in a period (local dates): per technician and per station, the completed count, on-time and success rates as numerator/denominator, satisfaction (answers, score sum, mean), repair cost against the station mean per product type, and training minutes and courses against the pro-rata target; with the industry first-time-fix reference.',
    access: APPRAISAL_READ,
    input: z.object(periodSchema).strict().refine(rangeOk, rangeIssue),
    run: async (
      ctx,
      input,
    ): Promise<{
      from: string;
      to: string;
      technicians: TechnicianIndicators[];
      stations: StationIndicators[];
      reference: { success: typeof FIRST_TIME_FIX_REFERENCE };
      /** What the reader may do from here: open a technician's training (policy 4). */
      actions: { readTraining: boolean };
    }> => {
      const settings = ctx.services.settings.current();
      // Every figure is a sum of the period's groups (periodSums.ts): one grouped statement.
      const sums = await periodSums(ctx.db, input);
      const means = stationSums(sums);
      // Training still counts for a technician without repairs in the period.
      const training = await trainingTotals(ctx.db, { from: input.from, to: input.to });
      const targetMinutes = trainingTargetMinutes(
        input.from,
        input.to,
        settings.appraisal.trainingHoursTarget,
      );
      const technicians = (await appraisedStaff(ctx.db, sums)).map((s) => {
        const own = total(sums.filter((g) => g.technicianId === s.id));
        return {
          technician: { id: s.id, name: s.display_name },
          ...repairIndicators(own),
          satisfaction: satisfactionOf(own),
          cost: technicianCost(sums, means, s.id),
          training: {
            definition: DEFINITIONS.training,
            minutes: training.get(s.id)?.minutes ?? 0,
            courses: training.get(s.id)?.courses ?? 0,
            targetHoursPerYear: settings.appraisal.trainingHoursTarget,
            targetMinutes,
          },
        };
      });
      const stations = (await appraisedStations(ctx.db, sums)).map((r) => {
        const own = total(sums.filter((g) => g.stationId === r.id));
        return {
          station: { id: r.id, code: r.code, name: r.name_en, nameZh: r.name_zh },
          ...repairIndicators(own),
          satisfaction: satisfactionOf(own),
          cost: stationCost(sums, r.id),
        };
      });
      return {
        from: input.from,
        to: input.to,
        technicians,
        stations,
        actions: { readTraining: readsOthersTraining(ctx.actor) },
        reference: { success: FIRST_TIME_FIX_REFERENCE },
      };
    },
  }),

  'appraisal/tickets': defineHandler({
    summary:
      "The tickets behind one side of an indicator (on-time or success; numerator or denominator) for a period, optionally one technician's or one station's.",
    access: APPRAISAL_READ,
    input: z
      .object({
        ...periodSchema,
        indicator: z.enum(['onTime', 'success']),
        part: z.enum(['numerator', 'denominator']),
        technicianId: z.number().int().positive().optional(),
        stationId: z.number().int().positive().optional(),
      })
      .strict()
      .refine(rangeOk, rangeIssue),
    run: async (ctx, input): Promise<{ total: number; tickets: TicketFact[] }> => {
      const scope = { technicianId: input.technicianId, stationId: input.stationId };
      return ticketFacts(
        ticketsBehind(periodOutcomes(ctx.db, input, scope), input.indicator, input.part),
      );
    },
  }),
};
