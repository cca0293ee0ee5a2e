import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { idSchema, line } from '../intake/fields';
import { STOCK_READ, STOCK_WRITE } from './access';
import { modelChoices, partModels, setPartModels, type FitModel } from './partFits';
import { searchParts, ticketModelId, type PartHit } from './partSearch';

// Parts found by name, number or model fit wherever a part is picked (issue 11, item 5), and the
// part <-> model compatibility the stockroom keeps.
export const partSearchHandlers = {
  'parts/search': defineHandler({
    summary:
      "Parts by part number prefix, English/Chinese name or model code; with a model (or a ticket, for its unit's model) the parts that fit it come first, marked `fits`.",
    access: STOCK_READ,
    input: z
      .object({
        q: line('Search text', 120).default(''),
        modelId: idSchema.optional(),
        ticketId: idSchema.optional(),
        includeInactive: z.boolean().default(false),
        limit: z.number().int().min(1).max(100).default(30),
      })
      .strict(),
    run: async (ctx, input): Promise<PartHit[]> => {
      const modelId =
        input.modelId ??
        (input.ticketId === undefined ? null : await ticketModelId(ctx.db, input.ticketId));
      return searchParts(ctx.db, { ...input, modelId });
    },
  }),

  'parts/models': defineHandler({
    summary:
      'The product models a part fits (`fits`), and the active models it may be said to fit (`choices`).',
    access: STOCK_READ,
    input: z.object({ partId: idSchema }).strict(),
    run: async (ctx, input): Promise<{ fits: FitModel[]; choices: FitModel[] }> => ({
      fits: await partModels(ctx.db, input.partId),
      choices: await modelChoices(ctx.db),
    }),
  }),

  'parts/setModels': defineHandler({
    summary: 'Sets the product models a part fits (replaces the whole set).',
    access: STOCK_WRITE,
    input: z.object({ partId: idSchema, modelIds: z.array(idSchema).max(500) }).strict(),
    run: async (ctx, input): Promise<FitModel[]> => {
      await ctx.write((trx, audit) =>
        setPartModels(trx, audit, { ...input, by: ctx.actor.id, at: ctx.now().toISOString() }),
      );
      return partModels(ctx.db, input.partId);
    },
  }),
};
