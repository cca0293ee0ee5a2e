import { z } from 'zod';
import { headerSchema } from '../layout';

// Everything the requisition form (領用申請表) shows, frozen when it is printed: who asked for
// what for which ticket, who approved how much (and why above a quota), and the issue record.

const person = z.object({ name: z.string(), at: z.string() });

export const requisitionSnapshot = z.object({
  header: headerSchema,
  printedAt: z.string(),
  printedBy: z.string(),
  reqNo: z.string().min(1),
  status: z.enum(['pending', 'approved', 'partially_issued', 'issued', 'rejected']),
  ticket: z.object({ reportNo: z.string(), modelCode: z.string(), serialNo: z.string() }),
  requested: person,
  note: z.string().nullable(),
  decided: person.extend({ note: z.string().nullable() }).nullable(),
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      partNo: z.string(),
      nameEn: z.string(),
      nameZh: z.string(),
      unit: z.string(),
      bin: z.string().nullable(),
      requested: z.number().int(),
      approved: z.number().int().nullable(),
      issued: z.number().int(),
      returned: z.number().int(),
      quotaOverrideReason: z.string().nullable(),
    }),
  ),
  movements: z.array(
    z.object({
      at: z.string(),
      lineNo: z.number().int(),
      partNo: z.string(),
      kind: z.enum(['issue', 'return']),
      quantity: z.number().int(),
      by: z.string(),
    }),
  ),
});
export type RequisitionSnapshot = z.infer<typeof requisitionSnapshot>;
