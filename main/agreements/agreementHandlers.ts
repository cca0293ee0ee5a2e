import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { addDays } from '../intake/civilDate';
import { mergedInto } from '../intake/customerRepo';
import { codeSchema, idSchema, isoDateSchema, line, requiredLine } from '../intake/fields';
import { insertedId, isUniqueViolation } from '../intake/rows';
import { depotTimeZone, localDate } from '../intake/zonedTime';
import { AGREEMENT_READ, AGREEMENT_WRITE } from './access';
import {
  findAgreement,
  listAgreements,
  overlappingAgreement,
  type WarrantyAgreement,
} from './agreementRepo';
import { lastIntakeUnder } from './agreementTickets';

// Per-customer warranty agreements (issue 10, item 7; policy 2: "a separate agreement").

const createInput = z
  .object({
    /** The agreement's own number, as on the signed paper (e.g. AG-2026-07). */
    referenceNo: codeSchema,
    customerId: idSchema,
    /** Only this product type's units (or null: see productModelId). */
    productTypeId: idSchema.nullable().default(null),
    /** Only this model's units; neither type nor model: every unit of the customer. */
    productModelId: idSchema.nullable().default(null),
    warrantyMonths: z.number().int('Whole months').min(0).max(600, 'At most 600 months'),
    validFrom: isoDateSchema,
    /** The last day in force (inclusive); null: until ended. */
    validTo: isoDateSchema.nullable().default(null),
    note: line('Note', 200).default(''),
  })
  .strict()
  .refine((a) => a.productTypeId === null || a.productModelId === null, {
    message: 'Give a product type or a model, not both',
    path: ['productModelId'],
  })
  .refine((a) => a.validTo === null || a.validTo >= a.validFrom, {
    message: 'The last day may not be before the first day',
    path: ['validTo'],
  });

async function mustFind(db: Parameters<typeof findAgreement>[0], id: number) {
  const found = await findAgreement(db, id);
  if (!found) {
    throw refuse('NOT_FOUND', 'agreements.agreementNotFound', {
      params: { id },
      field: 'id',
      message: `id: no warranty agreement #${id}`,
    });
  }
  return found;
}

export const agreementHandlers = {
  'agreements/list': defineHandler({
    summary:
      'Per-customer warranty agreements (policy 2), by customer and first day; current ones unless includeEnded.',
    access: AGREEMENT_READ,
    input: z
      .object({ customerId: idSchema.optional(), includeEnded: z.boolean().default(false) })
      .strict(),
    run: async (ctx, input): Promise<WarrantyAgreement[]> =>
      listAgreements(ctx.db, {
        customerId: input.customerId,
        current: !input.includeEnded,
        today: localDate(ctx.now(), depotTimeZone()),
      }),
  }),

  'agreements/create': defineHandler({
    summary:
      "Records a customer's warranty agreement: its period in months for all their units, one product type or one model, from a day to an optional last day. Tickets decided from then on use it in place of the catalogue's period.",
    access: AGREEMENT_WRITE,
    input: createInput,
    run: async (ctx, input): Promise<WarrantyAgreement> => {
      const id = await ctx
        .write(async (trx, audit) => {
          if (!(await trx('customers').where({ id: input.customerId }).first('id'))) {
            throw refuse('NOT_FOUND', 'customers.notFound', {
              params: { id: input.customerId },
              field: 'customerId',
              message: `customerId: no customer #${input.customerId}`,
            });
          }
          const kept = await mergedInto(trx, input.customerId);
          if (kept) {
            throw refuse('RULE', 'customers.mergedInto', {
              params: { id: input.customerId, keptId: kept.id, keptName: kept.name },
              field: 'customerId',
              message: `customerId: customer #${input.customerId} was merged into #${kept.id} ${kept.name}; record the agreement for that customer`,
              details: { mergedIntoId: kept.id },
            });
          }
          if (
            input.productTypeId !== null &&
            !(await trx('product_types').where({ id: input.productTypeId }).first('id'))
          ) {
            throw refuse('NOT_FOUND', 'intake.typeNotFound', {
              params: { id: input.productTypeId },
              field: 'productTypeId',
              message: `productTypeId: no product type #${input.productTypeId}`,
            });
          }
          if (
            input.productModelId !== null &&
            !(await trx('product_models').where({ id: input.productModelId }).first('id'))
          ) {
            throw refuse('NOT_FOUND', 'intake.modelNotFound', {
              params: { id: input.productModelId },
              field: 'productModelId',
              message: `productModelId: no product model #${input.productModelId}`,
            });
          }
          // One agreement per customer and scope on any day, so the decision never has to choose.
          const overlapping = await overlappingAgreement(trx, input);
          if (overlapping) {
            throw refuse('CONFLICT', 'agreements.overlaps', {
              params: { referenceNo: overlapping.referenceNo },
              field: 'validFrom',
              message: `validFrom: agreement ${overlapping.referenceNo} already covers these units on some of these days`,
            });
          }
          const at = ctx.now().toISOString();
          const [row] = await trx('warranty_agreements')
            .insert({
              reference_no: input.referenceNo,
              customer_id: input.customerId,
              product_type_id: input.productTypeId,
              product_model_id: input.productModelId,
              warranty_months: input.warrantyMonths,
              valid_from: input.validFrom,
              valid_to: input.validTo,
              note: input.note || null,
              created_by: ctx.actor.id,
              created_at: at,
              updated_at: at,
            })
            .returning('id');
          const newId = insertedId(row);
          await audit({
            entity: 'warranty_agreement',
            entityId: newId,
            action: 'create',
            after: input,
          });
          return newId;
        })
        .catch((error: unknown) => {
          if (!isUniqueViolation(error)) throw error;
          throw refuse('CONFLICT', 'agreements.referenceNoUsed', {
            params: { referenceNo: input.referenceNo },
            field: 'referenceNo',
            message: `referenceNo: ${input.referenceNo} is already used`,
          });
        });
      return mustFind(ctx.db, id);
    },
  }),

  'agreements/end': defineHandler({
    summary:
      'Ends an agreement after a last day (at the version you saw), with a reason. Ended before its first day, it is withdrawn. Never before a day a ticket was already decided under it.',
    access: AGREEMENT_WRITE,
    input: z
      .object({
        id: idSchema,
        version: z.number().int().positive(),
        /** The last day the agreement is in force. */
        lastDay: isoDateSchema,
        reason: requiredLine('Reason', 200),
      })
      .strict(),
    run: async (ctx, input): Promise<WarrantyAgreement> => {
      await ctx.write(async (trx, audit) => {
        const before = await mustFind(trx, input.id);
        if (before.version !== input.version) {
          throw refuse('CONFLICT', 'core.changedElsewhere', {
            params: { record: before.referenceNo },
            message: `Agreement ${before.referenceNo} was changed by someone else; reload and try again.`,
            details: { expected: input.version, actual: before.version },
          });
        }
        if (!before.active) {
          throw refuse('RULE', 'agreements.withdrawn', {
            params: { referenceNo: before.referenceNo },
            message: `Agreement ${before.referenceNo} was withdrawn.`,
          });
        }
        if (before.validTo !== null && input.lastDay >= before.validTo) {
          throw refuse('RULE', 'agreements.endsEarlierOnly', {
            params: { referenceNo: before.referenceNo, validTo: before.validTo },
            field: 'lastDay',
            message: `lastDay: agreement ${before.referenceNo} already ends on ${before.validTo}; it can only end earlier`,
          });
        }
        // Policy 2: a decided ticket keeps its warranty, so the agreement must stay in force on
        // every day it was already used on.
        const used = await lastIntakeUnder(trx, before);
        if (used !== null && input.lastDay < used) {
          throw refuse('RULE', 'agreements.usedUntil', {
            params: { referenceNo: before.referenceNo, intakeDate: used },
            field: 'lastDay',
            message: `lastDay: a ticket taken in on ${used} was decided under agreement ${before.referenceNo}; it cannot end before that day`,
          });
        }
        const withdrawn = input.lastDay < before.validFrom;
        const at = ctx.now().toISOString();
        await trx('warranty_agreements')
          .where({ id: input.id })
          .update({
            // Withdrawn: it never applied, so its days are left as signed and it is set inactive.
            ...(withdrawn ? { active: false } : { valid_to: input.lastDay }),
            end_reason: input.reason,
            ended_by: ctx.actor.id,
            ended_at: at,
            updated_at: at,
            version: before.version + 1,
          });
        await audit({
          entity: 'warranty_agreement',
          entityId: input.id,
          action: withdrawn ? 'withdraw' : 'end',
          before,
          after: {
            lastDay: withdrawn ? addDays(before.validFrom, -1) : input.lastDay,
            reason: input.reason,
          },
        });
      });
      return mustFind(ctx.db, input.id);
    },
  }),
};
