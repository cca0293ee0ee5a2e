import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { idSchema, optionalLine, requiredLine } from '../intake/fields';
import { insertedId, isUniqueViolation } from '../intake/rows';
import { STOCK_ADJUST, STOCK_READ, STOCK_WRITE } from './access';
import { recordEntry, recordEntryRefusal, resolveLine, type EntryResult } from './countEntry';
import { offerOf, type Offer } from '../contract/offer';
import type { Actor } from '../contract/roles';
import { cancelCount, postCount, reviewCount, type CountReview } from './countPosting';
import {
  countLines,
  listCounts,
  mustFindCount,
  type CountLine,
  type StockCount,
} from './countRepo';
import { SCOPE_KINDS, openCountCovering, scopeLabel, scopeParts } from './countScope';
import { countSchema, partNoSchema } from './fields';

// Blind stock counts (盤點, issue 4 item 5; policy 5.2 賬實相符). Counters see part numbers,
// names and bins but never the books; the supervisor reviews the variances and posts them.

/** What counters see: the count and its lines, blind (no on-hand, expected or variance). */
/** A count as counters read it, with whether the reader may record entries in it now. */
export type BlindCount = { count: StockCount; lines: CountLine[]; actions: { record: Offer } };

async function blindCount(
  db: Parameters<typeof countLines>[0],
  id: number,
  actor: Actor,
): Promise<BlindCount> {
  const count = await mustFindCount(db, id);
  return {
    count,
    lines: await countLines(db, id),
    actions: { record: offerOf(recordEntryRefusal(count, actor)) },
  };
}

const countId = idSchema;
const version = z.number().int().positive();
const quantity = countSchema('Quantity');

export const countHandlers = {
  'counts/start': defineHandler({
    summary:
      'Starts a blind count (盤點, policy 5.2) of the active parts of a bin or category; refused if any is already in an open count.',
    access: STOCK_WRITE,
    input: z
      .object({
        scope: z
          .object({
            kind: z.enum(SCOPE_KINDS, 'Scope is a bin or a category'),
            value: requiredLine('Bin or category', 40),
          })
          .strict(),
        note: optionalLine('Note', 500),
      })
      .strict(),
    run: async (ctx, input): Promise<BlindCount> => {
      const id = await ctx.write(async (trx, audit) => {
        const parts = await scopeParts(trx, input.scope);
        if (parts.length === 0) {
          throw refuse('RULE', 'stock.nothingToCount', {
            field: 'scope.value',
            message: `scope.value: No active parts in ${scopeLabel(input.scope)}; nothing to count`,
          });
        }
        // A part counted in two open counts at once would be posted twice.
        const open = await openCountCovering(
          trx,
          parts.map((p) => p.id),
        );
        if (open) {
          throw refuse('CONFLICT', 'stock.countOpenCovers', {
            params: { id: open.id },
            field: 'scope.value',
            message: `Count #${open.id} of ${scopeLabel(open.scope)} is still open and covers ${open.partNos.slice(0, 10).join(', ')}; post or cancel it first.`,
            details: { countId: open.id, partNos: open.partNos },
          });
        }
        const [row] = await trx('stock_counts')
          .insert({
            scope_kind: input.scope.kind,
            scope_value: input.scope.value,
            status: 'open',
            note: input.note,
            created_by: ctx.actor.id,
            created_at: ctx.now().toISOString(),
          })
          .returning('id');
        const newId = insertedId(row);
        try {
          for (let i = 0; i < parts.length; i += 100) {
            await trx('stock_count_lines').insert(
              parts
                .slice(i, i + 100)
                .map((p) => ({ count_id: newId, part_id: p.id, open_part_id: p.id })),
            );
          }
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          throw refuse('CONFLICT', 'stock.countStartedMeanwhile', {
            field: 'scope.value',
            message:
              'Another count of some of these parts was started just now; reload the counts.',
          });
        }
        await audit({
          entity: 'stock_count',
          entityId: newId,
          action: 'start',
          after: { ...input, parts: parts.length },
        });
        return newId;
      });
      return blindCount(ctx.db, id, ctx.actor);
    },
  }),

  'counts/list': defineHandler({
    summary: 'Every open stock count, then the most recent posted or cancelled ones (blind).',
    access: STOCK_READ,
    input: z.object({ limit: z.number().int().min(1).max(100).default(20) }).strict(),
    run: async (ctx, input): Promise<{ rows: StockCount[] }> => ({
      rows: await listCounts(ctx.db, input.limit),
    }),
  }),

  'counts/get': defineHandler({
    summary:
      'A count with its lines for counters: part, names, bin, unit, counted, flagged. Blind: never on-hand or variance.',
    access: STOCK_READ,
    input: z.object({ countId }).strict(),
    run: async (ctx, input): Promise<BlindCount> => blindCount(ctx.db, input.countId, ctx.actor),
  }),

  'counts/record': defineHandler({
    summary:
      'Records a scanned or typed count of a part; a second entry for the same part is never added but flags the line.',
    access: STOCK_WRITE,
    input: z
      .object({
        countId,
        partNo: partNoSchema,
        quantity,
        source: z.enum(['scan', 'typed'], 'Source is scan or typed'),
      })
      .strict(),
    run: async (ctx, input): Promise<EntryResult> =>
      ctx.write((trx, audit) =>
        recordEntry(trx, audit, { ...input, staffId: ctx.actor.id, at: ctx.now() }),
      ),
  }),

  'counts/resolve': defineHandler({
    summary: "Sets a line's counted quantity after a recount and clears its duplicate flag.",
    access: STOCK_WRITE,
    input: z.object({ countId, partId: idSchema, quantity }).strict(),
    run: async (ctx, input): Promise<EntryResult> =>
      ctx.write((trx, audit) =>
        resolveLine(trx, audit, { ...input, staffId: ctx.actor.id, at: ctx.now() }),
      ),
  }),

  'counts/review': defineHandler({
    summary:
      'Supervisor: each line with expected (on-hand), counted, variance and its value at average cost; totals and every entry.',
    access: STOCK_ADJUST,
    input: z.object({ countId }).strict(),
    run: async (ctx, input): Promise<CountReview> => reviewCount(ctx.db, input.countId),
  }),

  'counts/post': defineHandler({
    summary:
      'Supervisor: posts each variance as a count_variance move so on-hand equals the count (policy 5.2); all lines counted, none flagged.',
    access: STOCK_ADJUST,
    input: z.object({ countId, version }).strict(),
    run: async (ctx, input): Promise<CountReview> =>
      ctx.write((trx, audit) =>
        postCount(trx, audit, { ...input, staffId: ctx.actor.id, at: ctx.now() }),
      ),
  }),

  'counts/cancel': defineHandler({
    summary: 'Supervisor: cancels an open count with a reason; nothing is posted.',
    access: STOCK_ADJUST,
    input: z.object({ countId, version, reason: requiredLine('Reason', 200) }).strict(),
    run: async (ctx, input): Promise<StockCount> =>
      ctx.write((trx, audit) =>
        cancelCount(trx, audit, { ...input, staffId: ctx.actor.id, at: ctx.now() }),
      ),
  }),
};
