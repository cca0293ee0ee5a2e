import { z } from 'zod';
import { headerSchema } from '../layout';
import {
  customerSchema,
  faultSchema,
  minorUnits,
  partUsedSchema,
  repairWarrantySchema,
  signatureImage,
  stationSchema,
  unitSchema,
} from './benchSchemas';
import { WARRANTY_CODES } from './intakeWords';

// Everything the repair record (維修記錄, policy 3.3) shows, frozen when it is first printed.
// A reprint renders this same snapshot again with `reprint` filled in, so both copies of a
// reprint say exactly what the original said, marked as a duplicate (副本).

export const repairRecordSnapshot = z.object({
  header: headerSchema,
  printedAt: z.string(),
  printedBy: z.string(),
  reportNo: z.string().min(1),
  station: stationSchema,
  customer: customerSchema,
  unit: unitSchema,
  reportedFault: z.string(),
  receivedAt: z.string(),
  /** When the repair passed its test (ready for pickup); null if it never got there. */
  completedAt: z.string().nullable(),
  /** The technician's diagnosis notes, oldest first. */
  diagnosis: z.array(z.string()),
  faults: z.array(faultSchema),
  /** What was done, in the technician's words (beyond the measure codes of the faults). */
  measures: z.array(z.string()),
  parts: z.array(partUsedSchema),
  cost: z.object({
    currency: z.string().regex(/^[A-Z]{3}$/),
    labourMinutes: z.number().int().min(0),
    labourRatePerHour: minorUnits,
    labourCost: minorUnits,
    partsCost: minorUnits,
    total: minorUnits,
    /** Policy 3.5: the company bears a covered repair; the customer pays otherwise. */
    bearer: z.enum(['company', 'customer']),
  }),
  warrantyStatus: z.enum(WARRANTY_CODES),
  repairWarranty: repairWarrantySchema,
  technician: z.string(),
  /** The customer's signature accepting the repair (policy 3.4), once given. */
  acceptance: signatureImage.nullable(),
  /** Set on a reprint only: which archived record it copies and which reprint it is. */
  reprint: z
    .object({
      reprintOf: z.number().int().min(1),
      reprintNo: z.number().int().min(1),
      at: z.string(),
      by: z.string(),
    })
    .nullable(),
});
export type RepairRecordSnapshot = z.infer<typeof repairRecordSnapshot>;
