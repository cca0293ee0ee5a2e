import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { codeSchema, idSchema, optionalLine, requiredLine } from '../intake/fields';
import { insertedId, isUniqueViolation } from '../intake/rows';
import { checklistFor, ticketChecklist, listItems, type Checklist } from './checklist';
import { repairLogFor, type RepairLog } from './repairLog';
import { CODE_LISTS_WRITE, REPAIR_LOG_READ, REPAIR_LOG_WRITE } from './repairLogAccess';
import { notTestingRefusal, ticketForWork } from './ticketAccess';
import { throwRefusal } from '../contract/offer';

// The test and inspection checklist (issue 5, item 3; policy 3.3). The technician records a
// result per item while the ticket is in testing; supervisors keep the lists per product type.

const MAX_ITEMS = 40;
const productTypeIdSchema = idSchema.nullable();

async function mustFindType(
  db: Parameters<typeof listItems>[0],
  productTypeId: number | null,
): Promise<void> {
  if (productTypeId === null) return;
  const type = await db('product_types').where({ id: productTypeId }).first('id');
  if (!type) {
    throw refuse('NOT_FOUND', 'intake.typeNotFound', {
      params: { id: productTypeId },
      field: 'productTypeId',
      message: `productTypeId: No product type #${productTypeId}`,
    });
  }
}

export const checklistHandlers = {
  'checklist/items': defineHandler({
    summary:
      'The active test checklist of a product type: its own items, or the default list when it has none (productTypeId null: the default list).',
    access: REPAIR_LOG_READ,
    input: z.object({ productTypeId: productTypeIdSchema }).strict(),
    run: async (ctx, input): Promise<Checklist> => {
      await mustFindType(ctx.db, input.productTypeId);
      return checklistFor(ctx.db, input.productTypeId);
    },
  }),

  'checklist/saveItems': defineHandler({
    summary:
      "Replaces a product type's checklist (or the default list, productTypeId null) with these items in this order; items left out are retired. An empty list makes the type use the default list.",
    access: CODE_LISTS_WRITE,
    input: z
      .object({
        productTypeId: productTypeIdSchema,
        items: z
          .array(
            z
              .object({
                code: codeSchema,
                labelEn: requiredLine('English label', 120),
                labelZh: requiredLine('Chinese label', 120),
              })
              .strict(),
          )
          .max(MAX_ITEMS, `A checklist has at most ${MAX_ITEMS} items`),
      })
      .strict()
      .superRefine((input, ctx) => {
        const seen = new Set<string>();
        input.items.forEach((item, i) => {
          if (seen.has(item.code)) {
            ctx.addIssue({
              code: 'custom',
              path: ['items', i, 'code'],
              message: `Code ${item.code} is given twice`,
            });
          }
          seen.add(item.code);
        });
      }),
    run: async (ctx, input): Promise<Checklist> => {
      // Policy 3.3: every unit is tested, so the list everyone falls back on is never empty.
      if (input.productTypeId === null && input.items.length === 0) {
        throw refuse('RULE', 'bench.checklistNeedsItem', {
          field: 'items',
          message: 'items: The default checklist needs at least one item',
        });
      }
      await ctx
        .write(async (trx, audit) => {
          await mustFindType(trx, input.productTypeId);
          const before = await listItems(trx, input.productTypeId);
          const at = ctx.now().toISOString();
          const byCode = new Map(before.map((i) => [i.code, i]));
          for (const [i, item] of input.items.entries()) {
            const row = {
              label_en: item.labelEn,
              label_zh: item.labelZh,
              sort: (i + 1) * 10,
              active: true,
              updated_at: at,
            };
            const existing = byCode.get(item.code);
            // An item keeps its row (and its past results) when it comes back.
            if (existing) await trx('checklist_items').where({ id: existing.id }).update(row);
            else {
              await trx('checklist_items').insert({
                ...row,
                product_type_id: input.productTypeId,
                code: item.code,
                created_at: at,
              });
            }
          }
          const kept = new Set(input.items.map((i) => i.code));
          const retired = before.filter((i) => i.active && !kept.has(i.code)).map((i) => i.id);
          if (retired.length > 0) {
            await trx('checklist_items')
              .whereIn('id', retired)
              .update({ active: false, updated_at: at });
          }
          await audit({
            entity: 'checklist',
            entityId: input.productTypeId ?? 'default',
            action: 'save',
            before: before.filter((i) => i.active).map((i) => i.code),
            after: input.items,
          });
        })
        .catch((error: unknown) => {
          // Two supervisors saving the same list at once: the second is told to reload.
          if (!isUniqueViolation(error)) throw error;
          throw refuse('CONFLICT', 'core.changedElsewhere', {
            params: { record: 'checklist' },
            message: 'This checklist was changed meanwhile; reload it.',
          });
        });
      return checklistFor(ctx.db, input.productTypeId);
    },
  }),

  'checklist/record': defineHandler({
    summary:
      'Records a test result (pass, or fail with a note) for one checklist item of a ticket in testing that you work on; the latest result per item counts.',
    access: REPAIR_LOG_WRITE,
    input: z
      .object({
        ticketId: idSchema,
        itemId: idSchema,
        result: z.enum(['pass', 'fail']),
        note: optionalLine('Note', 500),
        /** The latest result of this item the tester saw (checkId), absent or null if untested. */
        seenCheckId: idSchema.nullable().default(null),
      })
      .strict()
      .superRefine((input, ctx) => {
        // Policy 3.3: a failed test says what failed, for the repair that follows.
        if (input.result === 'fail' && !input.note) {
          ctx.addIssue({
            code: 'custom',
            path: ['note'],
            message: 'A failed check needs a note saying what failed',
          });
        }
      }),
    run: async (ctx, input): Promise<RepairLog> => {
      await ctx.write(async (trx, audit) => {
        const ticket = await ticketForWork(trx, ctx.actor, input.ticketId);
        throwRefusal(notTestingRefusal(ticket), { status: ticket.status });
        const list = await checklistFor(trx, ticket.productTypeId);
        const item = list.items.find((i) => i.id === input.itemId);
        if (!item) {
          throw refuse('RULE', 'bench.itemNotOnChecklist', {
            params: { id: input.itemId },
            field: 'itemId',
            message: `itemId: Item #${input.itemId} is not on the checklist this ticket's product type is tested with`,
          });
        }
        // Two stations testing one unit: a result recorded meanwhile is never silently replaced
        // (a stale "pass" over a newer "fail" would send a faulty unit to pickup).
        const current = (await ticketChecklist(trx, ticket.id)).items.find((i) => i.id === item.id);
        if ((current?.checkId ?? null) !== input.seenCheckId) {
          throw refuse('CONFLICT', 'bench.checkRecordedMeanwhile', {
            params: { code: item.code },
            field: 'seenCheckId',
            message: `seenCheckId: ${item.code} was recorded meanwhile (${current?.result ?? 'cleared'} by ${current?.by?.name ?? 'someone'}); reload and check again`,
          });
        }
        const [row] = await trx('ticket_checks')
          .insert({
            ticket_id: ticket.id,
            item_id: item.id,
            result: input.result,
            note: input.note,
            created_by: ctx.actor.id,
            created_at: ctx.now().toISOString(),
          })
          .returning('id');
        await audit({
          entity: 'ticket',
          entityId: ticket.id,
          action: 'checkRecord',
          after: {
            checkId: insertedId(row),
            item: item.code,
            result: input.result,
            note: input.note,
          },
        });
      });
      return repairLogFor(ctx, input.ticketId);
    },
  }),
};
