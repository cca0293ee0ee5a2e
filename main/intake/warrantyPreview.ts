import { z } from 'zod';
import { warrantyPolicyFor } from '../agreements/agreementPolicy';
import { defineHandler } from '../contract/handler';
import { INTAKE_READ } from './access';
import { findModel } from './catalogueRepo';
import { refuse } from '../contract/errors';
import { idSchema, isoDateSchema } from './fields';
import { exclusionSchema } from './ticketSchemas';
import { decideWarranty, type WarrantyDecision } from './warranty';
import { depotTimeZone, localDate } from './zonedTime';

// The live decision on the intake screen (issue 3, item 8): the same pure engine the ticket
// uses, so what the clerk sees while typing is what `tickets/create` will snapshot. Nothing is
// written; the decision is made again, authoritatively, on create.
export const warrantyHandlers = {
  'warranty/preview': defineHandler({
    summary: 'Decides warranty for a model, invoice date and exclusions without saving anything.',
    access: INTAKE_READ,
    input: z
      .object({
        modelId: idSchema,
        /** The customer, when known: their warranty agreement may set the period (policy 2). */
        customerId: idSchema.nullable().default(null),
        invoiceDate: isoDateSchema.nullable(),
        /** Defaults to today in the depot. */
        intakeDate: isoDateSchema.optional(),
        exclusions: z
          .array(exclusionSchema.partial({ note: true }))
          .max(5)
          .default([]),
      })
      .strict(),
    run: async (ctx, input): Promise<WarrantyDecision> => {
      const model = await findModel(ctx.db, input.modelId);
      if (!model) {
        throw refuse('NOT_FOUND', 'intake.modelNotFound', {
          params: { id: input.modelId },
          field: 'modelId',
          message: `modelId: no product model #${input.modelId}`,
        });
      }
      const today = localDate(ctx.now(), depotTimeZone());
      const intakeDate = input.intakeDate ?? today;
      return decideWarranty({
        intakeDate,
        today,
        invoiceDate: input.invoiceDate,
        policy: await warrantyPolicyFor(ctx.db, {
          customerId: input.customerId,
          model,
          intakeDate,
        }),
        // While typing, an exclusion may not have its note yet; the preview still shows its effect.
        exclusions: input.exclusions.map((e) => ({ reason: e.reason, note: e.note || '…' })),
      });
    },
  }),
};
