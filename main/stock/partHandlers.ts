import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { idSchema, line, optionalLine, patchLine, requiredLine } from '../intake/fields';
import { insertedId } from '../intake/rows';
import { STOCK_READ, STOCK_WRITE } from './access';
import { costSchema, countSchema, partNoSchema } from './fields';
import { findPart, listParts, type Part } from './partRepo';
import { findSuppliers, replaceSuppliers, suppliersSchema, type PartSupplier } from './suppliers';

const quotaSchema = countSchema('Quota', 1).nullable();

/**
 * A part as parts/get returns it: with every supplier, the preferred one first, and its own
 * selling price per unit (null: average cost plus its category's markup, main/pricing/).
 */
export type PartDetail = Part & { suppliers: PartSupplier[]; sellPrice: number | null };

/** The fields of a part, shared by parts/create and each row of a CSV import. */
export const partFields = {
  partNo: partNoSchema,
  nameEn: requiredLine('English name', 120),
  nameZh: requiredLine('Chinese name', 120),
  category: requiredLine('Category', 40),
  unit: requiredLine('Unit', 10).default('pcs'),
  bin: optionalLine('Bin location', 20),
  unitCost: costSchema,
  /** Policy 5.2: a safety stock level per part, and a maximum against overstock. */
  safetyStock: countSchema('Safety stock'),
  maxStock: countSchema('Maximum stock'),
  /** Policy 5.3: expensive or critical parts have quota limits. */
  critical: z.boolean().default(false),
  quotaPerLine: quotaSchema.default(null),
  quotaPerTicket: quotaSchema.default(null),
};

export type Limits = Pick<
  Part,
  'safetyStock' | 'maxStock' | 'critical' | 'quotaPerLine' | 'quotaPerTicket'
>;

/** The rules across fields, on the part as it will be after a create, update or import. */
type LimitIssue = {
  field: keyof Limits;
  reason:
    'stock.maxBelowSafety' | 'stock.criticalNeedsLineQuota' | 'stock.criticalNeedsTicketQuota';
  message: string;
};

export function limitIssues(p: Limits): LimitIssue[] {
  const issues: LimitIssue[] = [];
  if (p.maxStock < p.safetyStock) {
    issues.push({
      field: 'maxStock',
      reason: 'stock.maxBelowSafety',
      message: 'Maximum stock may not be below the safety stock',
    });
  }
  // Policy 5.3: expensive or critical parts have quota limits.
  if (p.critical && p.quotaPerLine === null) {
    issues.push({
      field: 'quotaPerLine',
      reason: 'stock.criticalNeedsLineQuota',
      message: 'A critical part needs a quota per line (policy 5.3)',
    });
  }
  if (p.critical && p.quotaPerTicket === null) {
    issues.push({
      field: 'quotaPerTicket',
      reason: 'stock.criticalNeedsTicketQuota',
      message: 'A critical part needs a quota per ticket (policy 5.3)',
    });
  }
  return issues;
}

function checkLimits(p: Limits): void {
  const [first] = limitIssues(p);
  if (first) {
    throw refuse('VALIDATION', first.reason, {
      field: first.field,
      message: `${first.field}: ${first.message}`,
    });
  }
}

async function mustFindPart(db: Parameters<typeof findPart>[0], id: number): Promise<PartDetail> {
  const part = await findPart(db, id);
  if (!part) {
    throw refuse('NOT_FOUND', 'stock.partNotFound', {
      params: { id },
      field: 'partId',
      message: `No part #${id}.`,
    });
  }
  const price = (await db('parts').where({ id }).first('sell_price')) as
    { sell_price: number | null } | undefined;
  const sellPrice = price?.sell_price ?? null;
  return {
    ...part,
    suppliers: await findSuppliers(db, id),
    sellPrice: sellPrice === null ? null : Number(sellPrice),
  };
}

export const partHandlers = {
  'parts/list': defineHandler({
    summary:
      'Parts by part number (keyset paged), filtered by number/name prefix, category, below safety stock.',
    access: STOCK_READ,
    input: z
      .object({
        text: line('Search text', 120).optional(),
        category: line('Category', 40).optional(),
        belowSafety: z.boolean().optional(),
        includeInactive: z.boolean().default(false),
        cursor: z.string().max(40).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    run: async (ctx, input) => listParts(ctx.db, { ...input, after: input.cursor }),
  }),

  'parts/get': defineHandler({
    summary: 'One part with its on-hand quantity, moving-average cost and suppliers.',
    access: STOCK_READ,
    input: z.object({ id: idSchema }).strict(),
    run: async (ctx, input): Promise<PartDetail> => mustFindPart(ctx.db, input.id),
  }),

  'parts/byNumber': defineHandler({
    summary:
      'The part with exactly this part number, as scanned or typed (inactive ones too), or NOT_FOUND.',
    access: STOCK_READ,
    input: z.object({ partNo: partNoSchema }).strict(),
    run: async (ctx, input): Promise<PartDetail> => {
      const row = (await ctx.db('parts').where({ part_no: input.partNo }).first('id')) as
        { id: number } | undefined;
      if (!row) {
        throw refuse('NOT_FOUND', 'stock.partNoNotFound', {
          params: { partNo: input.partNo },
          field: 'partNo',
          message: `partNo: No part numbered ${input.partNo}`,
        });
      }
      return mustFindPart(ctx.db, row.id);
    },
  }),

  'parts/categories': defineHandler({
    summary: 'The categories in use, with how many active parts each holds.',
    access: STOCK_READ,
    input: z.object({}).strict(),
    run: async (ctx): Promise<{ category: string; parts: number }[]> => {
      const rows = (await ctx
        .db('parts')
        .where({ active: true })
        .groupBy('category')
        .orderBy('category')
        .select('category')
        .count({ n: '*' })) as { category: string; n: number | string }[];
      return rows.map((r) => ({ category: r.category, parts: Number(r.n) }));
    },
  }),

  'parts/create': defineHandler({
    summary:
      'Adds a part to the catalogue with its stock limits, suppliers and, if critical, its quotas (policy 5.1-5.3).',
    access: STOCK_WRITE,
    input: z.object({ ...partFields, suppliers: suppliersSchema.default([]) }).strict(),
    run: async (ctx, input): Promise<PartDetail> => {
      checkLimits(input);
      const id = await ctx.write(async (trx, audit) => {
        if (await trx('parts').where({ part_no: input.partNo }).first('id')) {
          throw refuse('CONFLICT', 'stock.partNoUsed', {
            params: { partNo: input.partNo },
            field: 'partNo',
            message: `partNo: Part number ${input.partNo} is already used`,
          });
        }
        const at = ctx.now().toISOString();
        const [row] = await trx('parts')
          .insert({
            part_no: input.partNo,
            name_en: input.nameEn,
            name_zh: input.nameZh,
            category: input.category,
            unit: input.unit,
            bin: input.bin,
            unit_cost: input.unitCost,
            safety_stock: input.safetyStock,
            max_stock: input.maxStock,
            critical: input.critical,
            quota_per_line: input.quotaPerLine,
            quota_per_ticket: input.quotaPerTicket,
            created_at: at,
            updated_at: at,
          })
          .returning('id');
        const newId = insertedId(row);
        await trx('stock_levels').insert({
          part_id: newId,
          on_hand: 0,
          avg_cost: 0,
          updated_at: at,
        });
        await replaceSuppliers(trx, newId, input.suppliers);
        await audit({ entity: 'part', entityId: newId, action: 'create', after: input });
        return newId;
      });
      return mustFindPart(ctx.db, id);
    },
  }),

  'parts/update': defineHandler({
    summary:
      'Changes a part (optimistic: pass the version you saw); `suppliers` replaces the whole set. The part number never changes.',
    access: STOCK_WRITE,
    input: z
      .object({
        id: idSchema,
        version: z.number().int().positive(),
        nameEn: partFields.nameEn.optional(),
        nameZh: partFields.nameZh.optional(),
        category: partFields.category.optional(),
        unit: requiredLine('Unit', 10).optional(),
        bin: patchLine('Bin location', 20),
        unitCost: costSchema.optional(),
        safetyStock: partFields.safetyStock.optional(),
        maxStock: partFields.maxStock.optional(),
        critical: z.boolean().optional(),
        quotaPerLine: quotaSchema.optional(),
        quotaPerTicket: quotaSchema.optional(),
        active: z.boolean().optional(),
        suppliers: suppliersSchema.optional(),
      })
      .strict(),
    run: async (ctx, input): Promise<PartDetail> => {
      await ctx.write(async (trx, audit) => {
        const before = await mustFindPart(trx, input.id);
        if (before.version !== input.version) {
          throw refuse('CONFLICT', 'core.changedElsewhere', {
            params: { record: before.partNo },
            message: `Part ${before.partNo} was changed by someone else; reload and try again.`,
            details: { expected: input.version, actual: before.version },
          });
        }
        const { id, version, suppliers, ...patch } = input;
        const set = Object.entries(patch).filter(([, v]) => v !== undefined);
        const merged: Part = { ...before, ...(Object.fromEntries(set) as Partial<Part>) };
        checkLimits(merged);
        const changed = await trx('parts')
          .where({ id, version })
          .update({
            name_en: merged.nameEn,
            name_zh: merged.nameZh,
            category: merged.category,
            unit: merged.unit,
            bin: merged.bin,
            unit_cost: merged.unitCost,
            safety_stock: merged.safetyStock,
            max_stock: merged.maxStock,
            critical: merged.critical,
            quota_per_line: merged.quotaPerLine,
            quota_per_ticket: merged.quotaPerTicket,
            active: merged.active,
            updated_at: ctx.now().toISOString(),
            version: version + 1,
          });
        if (changed !== 1)
          throw refuse('CONFLICT', 'core.changedMeanwhile', {
            params: { record: before.partNo },
            message: `Part ${before.partNo} was changed by someone else.`,
          });
        if (suppliers) await replaceSuppliers(trx, id, suppliers);
        const after = await mustFindPart(trx, id);
        await audit({ entity: 'part', entityId: id, action: 'update', before, after });
      });
      return mustFindPart(ctx.db, input.id);
    },
  }),
};
