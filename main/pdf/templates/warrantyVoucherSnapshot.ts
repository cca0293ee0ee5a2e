import { z } from 'zod';
import { headerSchema } from '../layout';
import { codeWords, customerSchema, repairWarrantySchema, unitSchema } from './benchSchemas';

// Everything the warranty voucher (保修憑證, policy 2 "Promise") shows, frozen when it is
// printed at delivery: what was repaired and how long the repair itself is warranted.

export const warrantyVoucherSnapshot = z.object({
  header: headerSchema,
  printedAt: z.string(),
  printedBy: z.string(),
  reportNo: z.string().min(1),
  customer: customerSchema,
  unit: unitSchema,
  deliveredAt: z.string(),
  /** The measure codes of the logged faults, once each. */
  measureCodes: z.array(codeWords),
  /** What was done, in the technician's words. */
  measures: z.array(z.string()),
  parts: z.array(
    z.object({
      partNo: z.string(),
      nameEn: z.string(),
      nameZh: z.string(),
      unit: z.string(),
      quantity: z.number().int().min(1),
    }),
  ),
  repairWarranty: repairWarrantySchema,
  technician: z.string(),
  /** The voucher's terms, already in the document's language. */
  terms: z.array(z.string()),
});
export type WarrantyVoucherSnapshot = z.infer<typeof warrantyVoucherSnapshot>;
