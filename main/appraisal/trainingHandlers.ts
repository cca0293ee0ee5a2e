import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { isoDateSchema } from '../intake/fields';
import { depotTimeZone, localDate } from '../intake/zonedTime';
import { TRAINING_RECORD, readsOthersTraining } from './access';
import {
  findTraining,
  insertTraining,
  listTraining,
  trainingInputSchema,
  trainingTotals,
  type TrainingRecord,
  type TrainingTotals,
} from './training';

// Training records (issue 10, item 3; policy 4). A supervisor or admin records a course a staff
// member took; anyone may read their own record, and the people who appraise read everyone's.

/** A list shows at most this many records; the totals always cover the whole filter. */
export const TRAINING_LIST_LIMIT = 500;

export const trainingHandlers = {
  'training/record': defineHandler({
    summary:
      'Records a course a staff member took: course, kind, local date (not in the future), whole minutes, trainer and result.',
    access: TRAINING_RECORD,
    input: trainingInputSchema,
    run: async (ctx, input): Promise<TrainingRecord> => {
      const today = localDate(ctx.now(), depotTimeZone());
      if (input.date > today) {
        throw refuse('RULE', 'appraisal.trainingNotYetHeld', {
          params: { today },
          field: 'date',
          message: 'date: Record training once it has been held',
          details: { today },
        });
      }
      const id = await ctx.write(async (trx, audit) => {
        const staff = await trx('staff').where({ id: input.staffId }).first('id');
        if (!staff) {
          throw refuse('NOT_FOUND', 'staff.notFound', {
            params: { id: input.staffId },
            field: 'staffId',
            message: `No staff member ${input.staffId}.`,
          });
        }
        const id = await insertTraining(trx, input, ctx.actor.id, ctx.now().toISOString());
        await audit({ entity: 'training', entityId: id, action: 'record', after: input });
        return id;
      });
      return (await findTraining(ctx.db, id))!;
    },
  }),

  'training/list': defineHandler({
    summary:
      "A staff member's training records (newest first, at most 500) and totals for an optional date range; without staffId your own. Others' records: supervisor, admin.",
    access: 'signedIn',
    input: z
      .object({
        staffId: z.number().int().positive().optional(),
        from: isoDateSchema.optional(),
        to: isoDateSchema.optional(),
      })
      .strict()
      .refine((v) => !v.from || !v.to || v.from <= v.to, {
        message: 'The range ends before it starts',
        path: ['to'],
      }),
    run: async (
      ctx,
      input,
    ): Promise<{
      records: TrainingRecord[];
      totals: TrainingTotals;
      truncated: boolean;
    }> => {
      const staffId = input.staffId ?? ctx.actor.id;
      // Policy 4, confidentiality: a staff member's record is theirs and their appraisers'.
      if (staffId !== ctx.actor.id && !readsOthersTraining(ctx.actor)) {
        throw refuse('FORBIDDEN', 'appraisal.othersTraining', {
          message: "Only a supervisor or admin reads another's training.",
        });
      }
      const filter = { staffId, from: input.from, to: input.to };
      const records = await listTraining(ctx.db, filter, TRAINING_LIST_LIMIT + 1);
      const totals = (await trainingTotals(ctx.db, filter)).get(staffId) ?? {
        minutes: 0,
        courses: 0,
      };
      return {
        records: records.slice(0, TRAINING_LIST_LIMIT),
        totals,
        truncated: records.length > TRAINING_LIST_LIMIT,
      };
    },
  }),
};
