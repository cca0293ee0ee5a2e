import { z } from 'zod';
import { headerSchema } from '../layout';
import { CHANNEL_CODES, OFFER_CODES, WARRANTY_CODES } from './intakeWords';

// Everything the returned-unit receipt shows, frozen when it is printed: the archive keeps this
// next to the PDF, so the record says what the customer was handed, whatever changes later.

export const receiptSnapshot = z.object({
  header: headerSchema,
  printedAt: z.string(),
  printedBy: z.string(),
  reportNo: z.string().min(1),
  reportedAt: z.string(),
  channel: z.enum(CHANNEL_CODES),
  station: z.object({ code: z.string(), nameEn: z.string(), nameZh: z.string() }),
  customer: z.object({
    name: z.string(),
    phones: z.array(z.string()),
    email: z.string().nullable(),
  }),
  unit: z.object({
    modelCode: z.string(),
    modelNameEn: z.string(),
    modelNameZh: z.string(),
    serial: z.string(),
    invoiceDate: z.string().nullable(),
    invoiceNo: z.string().nullable(),
    seller: z.string().nullable(),
  }),
  fault: z.string(),
  /** Checklist codes of the accessories received. */
  accessories: z.array(z.string()),
  accessoriesNote: z.string(),
  condition: z.string(),
  emergency: z
    .object({ responseDueAt: z.string().nullable(), onSiteDueAt: z.string().nullable() })
    .nullable(),
  warranty: z.object({
    status: z.enum(WARRANTY_CODES),
    expiresOn: z.string().nullable(),
    warrantyMonths: z.number().int(),
    /** The engine's reasons in both languages (code: in_warranty, expired, misuse ...). */
    reasons: z.array(
      z.object({ code: z.string(), en: z.string(), zh: z.string(), note: z.string().optional() }),
    ),
  }),
  notCovered: z
    .object({ explanation: z.string().nullable(), offer: z.enum(OFFER_CODES).nullable() })
    .nullable(),
  photos: z.number().int().min(0),
  /** The terms paragraphs, already in the document's language. */
  terms: z.array(z.string()),
  signature: z
    .object({
      dataUrl: z.string().regex(/^data:image\/(png|jpeg);base64,/),
      signedAt: z.string(),
    })
    .nullable(),
  receivedBy: z.string(),
});
export type ReceiptSnapshot = z.infer<typeof receiptSnapshot>;
