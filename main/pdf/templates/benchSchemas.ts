import { z } from 'zod';

// The pieces the bench's printouts share (repair record, quote, return-to-factory form,
// warranty voucher): each is frozen into the document's snapshot with both languages' words,
// so a reprint reads the codes as they were named when the repair was logged.

/** A fault-taxonomy code with its words in both languages, as the code list named it. */
export const codeWords = z.object({ code: z.string(), en: z.string(), zh: z.string() });
export type CodeWords = z.infer<typeof codeWords>;

/** Money in integer minor units of `currency` (STYLE.md habit 12). */
export const minorUnits = z.number().int().min(0);

export const stationSchema = z.object({ code: z.string(), nameEn: z.string(), nameZh: z.string() });

export const customerSchema = z.object({ name: z.string(), phones: z.array(z.string()) });

export const unitSchema = z.object({
  modelCode: z.string(),
  modelNameEn: z.string(),
  modelNameZh: z.string(),
  serial: z.string(),
});

/** One logged fault: what the customer saw, why, and what was done (each code optional). */
export const faultSchema = z.object({
  symptom: codeWords.nullable(),
  cause: codeWords.nullable(),
  measure: codeWords.nullable(),
  note: z.string().nullable(),
});
export type FaultLine = z.infer<typeof faultSchema>;

/** A part consumed by the repair (what was issued, less what went back to the stockroom). */
export const partUsedSchema = z.object({
  partNo: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  unit: z.string(),
  quantity: z.number().int().min(1),
  /** At cost (policy 3.5: parts at cost); on a covered repair the company bears it. */
  unitCost: minorUnits,
  cost: minorUnits,
});
export type PartUsed = z.infer<typeof partUsedSchema>;

/** The warranty on the repair itself, counted in days from the day the unit was handed back. */
export const repairWarrantySchema = z.object({
  days: z.number().int().min(0),
  /** Local calendar days, YYYY-MM-DD. */
  from: z.string(),
  until: z.string(),
});

export const signatureImage = z.object({
  dataUrl: z.string().regex(/^data:image\/(png|jpeg);base64,/),
  signedAt: z.string(),
});
