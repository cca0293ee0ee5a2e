import { z } from 'zod';
import { headerSchema } from '../layout';
import { customerSchema, minorUnits, unitSchema } from './benchSchemas';
import { WARRANTY_CODES } from './intakeWords';

// Everything the quote (報價單, policy 3.2) for a repair the warranty does not cover shows,
// frozen when it is printed: why the customer pays, what for, how much, until when the price
// holds, and the customer's answer once given.

export const quoteLineSchema = z.object({
  kind: z.enum(['labour', 'part']),
  partNo: z.string().nullable(),
  nameEn: z.string(),
  nameZh: z.string(),
  /** Minutes for labour; the part's unit otherwise. */
  quantity: z.number().int().min(0),
  unit: z.string(),
  /** Per hour for labour (null when the rate is not known), per unit for a part. */
  unitPrice: minorUnits.nullable(),
  amount: minorUnits,
});
export type QuoteLine = z.infer<typeof quoteLineSchema>;

export const quoteSnapshot = z.object({
  header: headerSchema,
  printedAt: z.string(),
  printedBy: z.string(),
  quoteNo: z.string().min(1),
  reportNo: z.string().min(1),
  quotedAt: z.string(),
  quotedBy: z.string(),
  customer: customerSchema,
  unit: unitSchema,
  reportedFault: z.string(),
  diagnosis: z.array(z.string()),
  /** Why the customer is asked to pay: the warranty decision and its reasons. */
  warranty: z.object({
    status: z.enum(WARRANTY_CODES),
    reasons: z.array(z.object({ en: z.string(), zh: z.string() })),
  }),
  lines: z.array(quoteLineSchema),
  currency: z.string().regex(/^[A-Z]{3}$/),
  labourCost: minorUnits,
  partsCost: minorUnits,
  total: minorUnits,
  note: z.string().nullable(),
  /** Local calendar day (YYYY-MM-DD) until which the quoted prices hold. */
  validUntil: z.string(),
  decision: z
    .object({
      status: z.enum(['approved', 'declined']),
      by: z.string(),
      at: z.string(),
      note: z.string().nullable(),
    })
    .nullable(),
});
export type QuoteSnapshot = z.infer<typeof quoteSnapshot>;
