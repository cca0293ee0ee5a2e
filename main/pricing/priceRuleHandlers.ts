import type { Knex } from 'knex';
import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { idSchema, requiredLine } from '../intake/fields';
import { pricingSection } from '../settings/settingsSchema';
import { PRICE_READ, PRICE_WRITE } from './access';
import { loadPriceRules, type LabourRate, type Markup, type PriceRules } from './rules';

// Reading and setting the price rules (issue 10, item 1; policy 3.5). The tax rate and the
// inspection fee live in Settings (section `pricing`); the markups per part category and the
// labour rates per product type and station are tables, because the billing query joins them
// per ticket. An update replaces each list it is given whole, audited with before and after.

const minor = z.number().int().min(0).max(100_000_000);

const markupSchema = z
  .object({
    category: requiredLine('Category', 40),
    /** Whole percent over average cost. */
    percent: z.number().int().min(0).max(1000),
  })
  .strict();

const labourRateSchema = z
  .object({
    productTypeId: idSchema.nullable().default(null),
    stationId: idSchema.nullable().default(null),
    ratePerHour: minor,
  })
  .strict()
  .refine((r) => r.productTypeId !== null || r.stationId !== null, {
    message: 'Give a product type, a station or both (the depot rate is in Settings)',
    path: ['productTypeId'],
  });

const updateInput = z
  .object({
    taxRatePercent: pricingSection.shape.taxRatePercent.optional(),
    inspectionFee: pricingSection.shape.inspectionFee.optional(),
    markups: z
      .array(markupSchema)
      .max(200)
      .refine((l) => new Set(l.map((m) => m.category)).size === l.length, 'Each category once')
      .optional(),
    labourRates: z
      .array(labourRateSchema)
      .max(500)
      .refine(
        (l) => new Set(l.map((r) => `${r.productTypeId}/${r.stationId}`)).size === l.length,
        'Each product type and station once',
      )
      .optional(),
  })
  .strict();

export const priceRuleHandlers = {
  'prices/rules': defineHandler({
    summary:
      'The price rules: tax rate, inspection fee, the depot labour rate, markups per part category and labour rates per product type and/or station.',
    access: PRICE_READ,
    input: z.object({}).strict(),
    run: async (ctx): Promise<PriceRules> =>
      loadPriceRules(ctx.db, ctx.services.settings.current()),
  }),
  'prices/update': defineHandler({
    summary:
      'Sets the tax rate and inspection fee and replaces the markup and labour-rate lists given; audited with before and after.',
    access: PRICE_WRITE,
    input: updateInput,
    run: async (ctx, input): Promise<PriceRules> => {
      const store = ctx.services.settings;
      await ctx.write(async (trx, audit) => {
        const at = ctx.now().toISOString();
        const before = await loadPriceRules(trx, store.current());
        const pricing = {
          ...(input.taxRatePercent === undefined ? {} : { taxRatePercent: input.taxRatePercent }),
          ...(input.inspectionFee === undefined ? {} : { inspectionFee: input.inspectionFee }),
        };
        if (Object.keys(pricing).length > 0) {
          await store.update(trx, { pricing }, ctx.actor.id, at, audit);
        }
        if (input.markups) await replaceMarkups(trx, input.markups);
        if (input.labourRates) {
          for (const [i, r] of input.labourRates.entries()) await mustExist(trx, r, i);
          await replaceLabourRates(trx, input.labourRates);
        }
        if (input.markups || input.labourRates) {
          await audit({
            entity: 'price_rules',
            entityId: 'rules',
            action: 'update',
            before: { markups: before.markups, labourRates: before.labourRates },
            after: {
              markups: input.markups ?? before.markups,
              labourRates: input.labourRates ?? before.labourRates,
            },
          });
        }
      });
      return loadPriceRules(ctx.db, await store.load(ctx.db));
    },
  }),
  'prices/setPartPrice': defineHandler({
    summary:
      "Sets a part's selling price per unit (minor units), or clears it (null) so the part sells at average cost plus its category's markup.",
    access: PRICE_WRITE,
    input: z.object({ partId: idSchema, sellPrice: minor.nullable() }).strict(),
    run: async (ctx, input): Promise<{ partId: number; sellPrice: number | null }> =>
      ctx.write(async (trx, audit) => {
        const part = (await trx('parts').where({ id: input.partId }).first('id', 'sell_price')) as
          { id: number; sell_price: number | null } | undefined;
        if (!part) {
          throw refuse('NOT_FOUND', 'stock.partNotFound', {
            params: { id: input.partId },
            field: 'partId',
            message: `partId: No part #${input.partId}`,
          });
        }
        await trx('parts').where({ id: part.id }).update({ sell_price: input.sellPrice });
        await audit({
          entity: 'part',
          entityId: part.id,
          action: 'set_sell_price',
          before: { sellPrice: part.sell_price },
          after: { sellPrice: input.sellPrice },
        });
        return { partId: part.id, sellPrice: input.sellPrice };
      }),
  }),
};

type Trx = Knex.Transaction;

async function replaceMarkups(trx: Trx, markups: Markup[]) {
  await trx('price_markups').delete();
  if (markups.length > 0) {
    await trx('price_markups').insert(
      markups.map((m) => ({ category: m.category, markup_percent: m.percent })),
    );
  }
}

async function replaceLabourRates(trx: Trx, rates: LabourRate[]) {
  await trx('labour_rates').delete();
  if (rates.length > 0) {
    await trx('labour_rates').insert(
      rates.map((r) => ({
        product_type_id: r.productTypeId,
        station_id: r.stationId,
        rate_per_hour: r.ratePerHour,
      })),
    );
  }
}

async function mustExist(trx: Trx, r: LabourRate, i: number) {
  if (
    r.productTypeId !== null &&
    !(await trx('product_types').where({ id: r.productTypeId }).first('id'))
  ) {
    const field = `labourRates.${i}.productTypeId`;
    throw refuse('NOT_FOUND', 'intake.typeNotFound', {
      params: { id: r.productTypeId },
      field,
      message: `${field}: No product type #${r.productTypeId}`,
    });
  }
  if (
    r.stationId !== null &&
    !(await trx('repair_stations').where({ id: r.stationId }).first('id'))
  ) {
    const field = `labourRates.${i}.stationId`;
    throw refuse('NOT_FOUND', 'pricing.stationNotFound', {
      params: { id: r.stationId },
      field,
      message: `${field}: No station #${r.stationId}`,
    });
  }
}
