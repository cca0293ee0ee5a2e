import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { TURNAROUND_SET } from './access';
import { rejudgeOnTime } from '../outcomes/onTime';
import { storedSettingsIn } from '../outcomes/outcomes';

// The turnaround target of a product type, in working days, for the on-time repair rate
// (policy 4). Null returns the type to the depot's default (Settings > Appraisal). A changed
// target applies to every ticket the indicators read afterwards, including past periods: their
// outcome rows are brought to it in the same transaction (main/outcomes/onTime.ts).

export const turnaroundHandlers = {
  'appraisal/setTurnaround': defineHandler({
    summary:
      "Sets a product type's turnaround target in working days (1-60), or null for the default in Settings > Appraisal.",
    access: TURNAROUND_SET,
    input: z
      .object({
        typeId: z.number().int().positive(),
        workingDays: z.number().int().min(1).max(60).nullable(),
      })
      .strict(),
    run: async (ctx, input): Promise<{ typeId: number; workingDays: number | null }> => {
      await ctx.write(async (trx, audit) => {
        const type = (await trx('product_types')
          .where({ id: input.typeId })
          .first('id', 'turnaround_working_days')) as
          { id: number; turnaround_working_days: number | null } | undefined;
        if (!type) {
          throw refuse('NOT_FOUND', 'intake.typeNotFound', {
            params: { id: input.typeId },
            field: 'typeId',
            message: `No product type ${input.typeId}.`,
          });
        }
        await trx('product_types')
          .where({ id: type.id })
          .update({
            turnaround_working_days: input.workingDays,
            updated_at: ctx.now().toISOString(),
            version: trx.raw('version + 1'),
          });
        await rejudgeOnTime(trx, await storedSettingsIn(trx), [type.id]);
        await audit({
          entity: 'product_type',
          entityId: type.id,
          action: 'setTurnaround',
          before: { workingDays: type.turnaround_working_days },
          after: { workingDays: input.workingDays },
        });
      });
      return input;
    },
  }),
};
