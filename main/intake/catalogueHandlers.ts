import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { CATALOGUE_WRITE, INTAKE_READ } from './access';
import {
  findModel,
  findType,
  listModels,
  toType,
  type ProductModel,
  type ProductType,
} from './catalogueRepo';
import { codeSchema, idSchema, line, requiredLine } from './fields';
import { insertedId } from './rows';

const monthsSchema = z.number().int('Whole months').min(0).max(600, 'At most 600 months');

const typeFields = {
  code: codeSchema,
  nameEn: requiredLine('English name', 80),
  nameZh: requiredLine('Chinese name', 80),
  /** Policy 2: the warranty period is set per product type. */
  warrantyMonths: monthsSchema,
  emergency: z.boolean().default(false),
};

const modelInput = z
  .object({
    code: codeSchema.pipe(z.string().max(40)),
    nameEn: requiredLine('English name', 120),
    nameZh: requiredLine('Chinese name', 120),
    typeId: idSchema,
    /** Policy 2: some products follow a national rule or a separate agreement. */
    warrantyMonthsOverride: monthsSchema.nullable().default(null),
    overrideNote: line('Override note', 200).default(''),
  })
  .strict()
  .refine((m) => m.warrantyMonthsOverride === null || m.overrideNote !== '', {
    message: 'Say which rule or agreement sets the override',
    path: ['overrideNote'],
  });

async function mustFindType(db: Parameters<typeof findType>[0], id: number): Promise<ProductType> {
  const type = await findType(db, id);
  if (!type) {
    throw refuse('NOT_FOUND', 'intake.typeNotFound', {
      params: { id },
      field: 'typeId',
      message: `No product type #${id}.`,
    });
  }
  return type;
}

export const catalogueHandlers = {
  'catalogue/listTypes': defineHandler({
    summary: 'Product types with their default warranty months and emergency flag.',
    access: INTAKE_READ,
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    run: async (ctx, input): Promise<ProductType[]> => {
      const q = ctx.db('product_types').orderBy('code');
      if (!input.includeInactive) void q.where({ active: true });
      return (await q).map(toType);
    },
  }),

  'catalogue/createType': defineHandler({
    summary: 'Adds a product type with its warranty period (policy 2) and emergency flag.',
    access: CATALOGUE_WRITE,
    input: z.object(typeFields).strict(),
    run: async (ctx, input): Promise<ProductType> => {
      const id = await ctx.write(async (trx, audit) => {
        if (await trx('product_types').where({ code: input.code }).first('id')) {
          throw refuse('CONFLICT', 'intake.typeCodeUsed', {
            params: { code: input.code },
            field: 'code',
            message: `Product type code "${input.code}" is already used.`,
          });
        }
        const at = ctx.now().toISOString();
        const [row] = await trx('product_types')
          .insert({
            code: input.code,
            name_en: input.nameEn,
            name_zh: input.nameZh,
            warranty_months: input.warrantyMonths,
            emergency: input.emergency,
            created_at: at,
            updated_at: at,
          })
          .returning('id');
        const newId = insertedId(row);
        await audit({ entity: 'product_type', entityId: newId, action: 'create', after: input });
        return newId;
      });
      return mustFindType(ctx.db, id);
    },
  }),

  'catalogue/updateType': defineHandler({
    summary:
      'Changes a product type (optimistic: pass the version you saw). Past tickets keep the warranty they were decided with.',
    access: CATALOGUE_WRITE,
    input: z
      .object({
        id: idSchema,
        version: z.number().int().positive(),
        nameEn: typeFields.nameEn.optional(),
        nameZh: typeFields.nameZh.optional(),
        warrantyMonths: monthsSchema.optional(),
        emergency: z.boolean().optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    run: async (ctx, input): Promise<ProductType> => {
      await ctx.write(async (trx, audit) => {
        const before = await mustFindType(trx, input.id);
        if (before.version !== input.version) {
          throw refuse('CONFLICT', 'core.changedElsewhere', {
            params: { record: before.code },
            message: `Product type ${before.code} was changed by someone else; reload and try again.`,
            details: { expected: input.version, actual: before.version },
          });
        }
        await trx('product_types')
          .where({ id: input.id })
          .update({
            ...(input.nameEn !== undefined && { name_en: input.nameEn }),
            ...(input.nameZh !== undefined && { name_zh: input.nameZh }),
            ...(input.warrantyMonths !== undefined && { warranty_months: input.warrantyMonths }),
            ...(input.emergency !== undefined && { emergency: input.emergency }),
            ...(input.active !== undefined && { active: input.active }),
            updated_at: ctx.now().toISOString(),
            version: before.version + 1,
          });
        const after = await mustFindType(trx, input.id);
        await audit({
          entity: 'product_type',
          entityId: input.id,
          action: 'update',
          before,
          after,
        });
      });
      return mustFindType(ctx.db, input.id);
    },
  }),

  'catalogue/listModels': defineHandler({
    summary: 'Product models with the warranty period in force (model override or type default).',
    access: INTAKE_READ,
    input: z
      .object({
        typeId: idSchema.optional(),
        codePrefix: z.string().trim().toUpperCase().max(40).optional(),
        includeInactive: z.boolean().default(false),
      })
      .strict(),
    run: async (ctx, input): Promise<ProductModel[]> => listModels(ctx.db, input),
  }),

  'catalogue/updateModel': defineHandler({
    summary:
      "Changes a product model's names, warranty override (with the rule behind it) or active flag, at the version you saw. Past tickets keep the warranty they were decided with.",
    access: CATALOGUE_WRITE,
    input: z
      .object({
        id: idSchema,
        version: z.number().int().positive(),
        nameEn: requiredLine('English name', 120).optional(),
        nameZh: requiredLine('Chinese name', 120).optional(),
        /** null removes the override: the type's period applies again. */
        warrantyMonthsOverride: monthsSchema.nullable().optional(),
        overrideNote: line('Override note', 200).optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    run: async (ctx, input): Promise<ProductModel> => {
      await ctx.write(async (trx, audit) => {
        const before = await findModel(trx, input.id);
        if (!before) {
          throw refuse('NOT_FOUND', 'intake.modelNotFound', {
            params: { id: input.id },
            field: 'id',
            message: `id: no product model #${input.id}`,
          });
        }
        if (before.version !== input.version) {
          throw refuse('CONFLICT', 'core.changedElsewhere', {
            params: { record: before.code },
            message: `Model ${before.code} was changed by someone else; reload and try again.`,
            details: { expected: input.version, actual: before.version },
          });
        }
        const override =
          input.warrantyMonthsOverride === undefined
            ? before.warrantyMonthsOverride
            : input.warrantyMonthsOverride;
        // Without an override there is no rule to name; with one, the rule must be named.
        const note = override === null ? '' : (input.overrideNote ?? before.overrideNote ?? '');
        if (override !== null && note === '') {
          throw refuse('VALIDATION', 'intake.overrideNoteRequired', {
            field: 'overrideNote',
            message: 'overrideNote: Say which rule or agreement sets the override',
          });
        }
        await trx('product_models')
          .where({ id: input.id })
          .update({
            ...(input.nameEn !== undefined && { name_en: input.nameEn }),
            ...(input.nameZh !== undefined && { name_zh: input.nameZh }),
            ...(input.active !== undefined && { active: input.active }),
            warranty_months_override: override,
            override_note: note || null,
            updated_at: ctx.now().toISOString(),
            version: before.version + 1,
          });
        const after = await findModel(trx, input.id);
        await audit({
          entity: 'product_model',
          entityId: input.id,
          action: 'update',
          before,
          after,
        });
      });
      return (await findModel(ctx.db, input.id))!;
    },
  }),

  'catalogue/createModel': defineHandler({
    summary:
      'Adds a product model of a type, optionally with its own warranty period and the rule behind it.',
    access: CATALOGUE_WRITE,
    input: modelInput,
    run: async (ctx, input): Promise<ProductModel> => {
      const id = await ctx.write(async (trx, audit) => {
        await mustFindType(trx, input.typeId);
        if (await trx('product_models').where({ code: input.code }).first('id')) {
          throw refuse('CONFLICT', 'intake.modelCodeUsed', {
            params: { code: input.code },
            field: 'code',
            message: `Model code "${input.code}" is already used.`,
          });
        }
        const at = ctx.now().toISOString();
        const [row] = await trx('product_models')
          .insert({
            code: input.code,
            name_en: input.nameEn,
            name_zh: input.nameZh,
            product_type_id: input.typeId,
            warranty_months_override: input.warrantyMonthsOverride,
            override_note: input.overrideNote || null,
            created_at: at,
            updated_at: at,
          })
          .returning('id');
        const newId = insertedId(row);
        await audit({ entity: 'product_model', entityId: newId, action: 'create', after: input });
        return newId;
      });
      return (await findModel(ctx.db, id))!;
    },
  }),
};
