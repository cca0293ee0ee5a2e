import { z } from 'zod';
import type { Knex } from 'knex';
import { defineHandler } from '../contract/handler';
import { isoDateSchema } from '../intake/fields';
import { depotTimeZone } from '../intake/zonedTime';
import type { Settings } from '../settings/settingsSchema';
import { APPRAISAL_READ } from './access';
import { DEFINITIONS, repairIndicators, ticketsBehind, type RepairIndicators } from './indicators';
import { ticketFacts, type Period, type TicketFact } from './ticketFacts';
import { trainingTotals } from './training';

// The appraisal indicators (issue 10, item 3; policy 4) per technician (the ticket's assignee,
// who repaired it and whose success rate a re-repair counts against) and per repair station,
// for tickets completed in a period of local dates, with a drill-down to the tickets behind
// each figure.

const periodSchema = {
  from: isoDateSchema,
  to: isoDateSchema,
};
const rangeOk = (v: { from: string; to: string }) => v.from <= v.to;
const rangeIssue = { message: 'The range ends before it starts', path: ['to'] };

/** The drill-down lists at most this many tickets; `total` always says how many there are. */
export const DRILL_DOWN_LIMIT = 2000;

function facts(db: Knex, period: Period, settings: Settings): Promise<TicketFact[]> {
  return ticketFacts(db, period, {
    defaultTarget: settings.appraisal.turnaroundWorkingDays,
    calendar: settings.calendar,
    timeZone: depotTimeZone(),
  });
}

export type TechnicianIndicators = RepairIndicators & {
  technician: { id: number; name: string };
  training: {
    definition: typeof DEFINITIONS.training;
    minutes: number;
    courses: number;
    targetHoursPerYear: number;
  };
};
export type StationIndicators = RepairIndicators & {
  station: { id: number; code: string; name: string; nameZh: string };
};

export const indicatorHandlers = {
  'appraisal/indicators': defineHandler({
    summary:
      'Appraisal indicators for tickets completed in a period (local dates): per technician and per station, the completed count, on-time and success rates as numerator/denominator, and training minutes and courses against the yearly target.',
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
    }> => {
      const settings = ctx.services.settings.current();
      const all = await facts(ctx.db, input, settings);
      // Every active technician is appraised, with or without repairs in the period (training
      // still counts), and so is anyone else who had tickets completed in it.
      const assignees = new Set(
        all.flatMap((f) => (f.technicianId === null ? [] : [f.technicianId])),
      );
      const staff = (await ctx
        .db('staff as s')
        .where((q) => {
          void q
            .whereIn('s.id', [...assignees])
            .orWhereExists(
              ctx
                .db('staff_roles as sr')
                .whereRaw('sr.staff_id = s.id')
                .where('sr.role', 'technician')
                .where('s.active', true)
                .select('sr.staff_id'),
            );
        })
        .orderBy('s.display_name')
        .orderBy('s.id')
        .select('s.id', 's.display_name')) as { id: number; display_name: string }[];
      const training = await trainingTotals(ctx.db, { from: input.from, to: input.to });
      const technicians = staff.map((s) => ({
        technician: { id: s.id, name: s.display_name },
        ...repairIndicators(all.filter((f) => f.technicianId === s.id)),
        training: {
          definition: DEFINITIONS.training,
          minutes: training.get(s.id)?.minutes ?? 0,
          courses: training.get(s.id)?.courses ?? 0,
          targetHoursPerYear: settings.appraisal.trainingHoursTarget,
        },
      }));
      const stationIds = new Set(all.map((f) => f.stationId));
      const stationRows = (await ctx
        .db('repair_stations')
        .where('active', true)
        .orWhereIn('id', [...stationIds])
        .orderBy('code')
        .select('id', 'code', 'name_en', 'name_zh')) as {
        id: number;
        code: string;
        name_en: string;
        name_zh: string;
      }[];
      const stations = stationRows.map((r) => ({
        station: { id: r.id, code: r.code, name: r.name_en, nameZh: r.name_zh },
        ...repairIndicators(all.filter((f) => f.stationId === r.id)),
      }));
      return { from: input.from, to: input.to, technicians, stations };
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
      const all = await facts(ctx.db, input, ctx.services.settings.current());
      const scoped = all.filter(
        (f) =>
          (input.technicianId === undefined || f.technicianId === input.technicianId) &&
          (input.stationId === undefined || f.stationId === input.stationId),
      );
      const tickets = ticketsBehind(scoped, input.indicator, input.part);
      return { total: tickets.length, tickets: tickets.slice(0, DRILL_DOWN_LIMIT) };
    },
  }),
};
