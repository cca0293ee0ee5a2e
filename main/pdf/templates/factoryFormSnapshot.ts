import { z } from 'zod';
import { headerSchema } from '../layout';
import { faultSchema, stationSchema, unitSchema } from './benchSchemas';
import { WARRANTY_CODES } from './intakeWords';

// Everything the return-to-factory form (返廠維修單, policy 3.4) shows, frozen when it is
// printed: the unit, its fault and the repair status so far, and how it travels. It names no
// customer: the factory needs the unit, not the customer's data (policy 4, confidentiality).

export const factoryFormSnapshot = z.object({
  header: headerSchema,
  printedAt: z.string(),
  printedBy: z.string(),
  formNo: z.string().min(1),
  reportNo: z.string().min(1),
  /** The sending station, where the factory returns the unit. */
  station: stationSchema,
  unit: unitSchema.extend({ invoiceDate: z.string().nullable() }),
  warrantyStatus: z.enum(WARRANTY_CODES),
  receivedAt: z.string(),
  reportedFault: z.string(),
  /** The fault as the technician describes it to the factory. */
  fault: z.string(),
  diagnosis: z.array(z.string()),
  faults: z.array(faultSchema),
  /** What the station already did. */
  workDone: z.array(z.string()),
  parts: z.array(
    z.object({
      partNo: z.string(),
      nameEn: z.string(),
      nameZh: z.string(),
      unit: z.string(),
      quantity: z.number().int().min(1),
    }),
  ),
  technician: z.string(),
  carrier: z.string(),
  trackingNo: z.string(),
  sentAt: z.string(),
  sentBy: z.string(),
  /** Filled once the unit is back (a print after its return). */
  returned: z
    .object({ at: z.string(), by: z.string(), factoryReport: z.string().nullable() })
    .nullable(),
});
export type FactoryFormSnapshot = z.infer<typeof factoryFormSnapshot>;
