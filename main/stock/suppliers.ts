import type { Knex } from 'knex';
import { z } from 'zod';
import { optionalLine, requiredLine } from '../intake/fields';
import { bool } from '../intake/rows';

// Suppliers per part (policy 5.1: choose suppliers). A part may be bought from several; at most
// one is the preferred supplier, whose lead time drives reordering.

export type PartSupplier = {
  supplier: string;
  supplierPartNo: string | null;
  leadTimeDays: number;
  preferred: boolean;
};

export const MAX_LEAD_TIME_DAYS = 365;
export const MAX_SUPPLIERS_PER_PART = 20;

export const supplierNameSchema = requiredLine('Supplier', 120);
export const supplierPartNoSchema = optionalLine('Supplier part number', 60);
export const leadTimeSchema = z
  .number('Lead time must be a number')
  .int('Lead time is in whole days')
  .min(0, 'Lead time may not be negative')
  .max(MAX_LEAD_TIME_DAYS, `Lead time is at most ${MAX_LEAD_TIME_DAYS} days`);

const supplierSchema = z
  .object({
    supplier: supplierNameSchema,
    supplierPartNo: supplierPartNoSchema,
    leadTimeDays: leadTimeSchema,
    preferred: z.boolean().default(false),
  })
  .strict();

/** The whole supplier set of a part: names unique (ignoring case), at most one preferred. */
export const suppliersSchema = z
  .array(supplierSchema)
  .max(MAX_SUPPLIERS_PER_PART, `A part has at most ${MAX_SUPPLIERS_PER_PART} suppliers`)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((s, i) => {
      const key = supplierKey(s.supplier);
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'supplier'],
          message: `Supplier ${s.supplier} is listed twice`,
        });
      }
      seen.add(key);
    });
    if (list.filter((s) => s.preferred).length > 1) {
      ctx.addIssue({ code: 'custom', message: 'At most one supplier may be preferred' });
    }
  });

/** Suppliers are matched by name regardless of case, so "ACME" and "Acme" are one supplier. */
export function supplierKey(name: string): string {
  return name.toLowerCase();
}

export type SupplierRow = {
  id: number;
  part_id: number;
  supplier: string;
  supplier_part_no: string | null;
  lead_time_days: number;
  preferred: number | boolean;
};

export function toSupplier(r: SupplierRow): PartSupplier {
  return {
    supplier: r.supplier,
    supplierPartNo: r.supplier_part_no,
    leadTimeDays: r.lead_time_days,
    preferred: bool(r.preferred),
  };
}

/** A part's suppliers, the preferred one first. */
export async function findSuppliers(
  db: Knex | Knex.Transaction,
  partId: number,
): Promise<PartSupplier[]> {
  const rows = (await db('part_suppliers')
    .where({ part_id: partId })
    .orderBy([
      { column: 'preferred', order: 'desc' },
      { column: 'supplier', order: 'asc' },
    ])) as SupplierRow[];
  return rows.map(toSupplier);
}

/** Replaces a part's supplier set (parts/create, parts/update with `suppliers`). */
export async function replaceSuppliers(
  trx: Knex.Transaction,
  partId: number,
  suppliers: readonly PartSupplier[],
): Promise<void> {
  await trx('part_suppliers').where({ part_id: partId }).delete();
  if (suppliers.length === 0) return;
  await trx('part_suppliers').insert(
    suppliers.map((s) => ({
      part_id: partId,
      supplier: s.supplier,
      supplier_part_no: s.supplierPartNo,
      lead_time_days: s.leadTimeDays,
      preferred: s.preferred,
    })),
  );
}

/** The preferred supplier as the CSV carries it (its name, number and lead time), or none. */
export type PreferredSupplier = Omit<PartSupplier, 'preferred'> | null;

/**
 * Makes `wanted` the part's preferred supplier (a known supplier is updated, a new one added)
 * and every other supplier not preferred; `null` leaves the suppliers but none preferred.
 */
export async function setPreferredSupplier(
  trx: Knex.Transaction,
  partId: number,
  wanted: PreferredSupplier,
  known: readonly SupplierRow[],
): Promise<void> {
  await trx('part_suppliers')
    .where({ part_id: partId, preferred: true })
    .update({ preferred: false });
  if (!wanted) return;
  const same = known.find((r) => supplierKey(r.supplier) === supplierKey(wanted.supplier));
  const values = {
    supplier: wanted.supplier,
    supplier_part_no: wanted.supplierPartNo,
    lead_time_days: wanted.leadTimeDays,
    preferred: true,
  };
  if (same) await trx('part_suppliers').where({ id: same.id }).update(values);
  else await trx('part_suppliers').insert({ part_id: partId, ...values });
}
