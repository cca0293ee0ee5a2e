import { z } from 'zod';
import { newCustomerSchema } from './customerRepo';
import {
  idSchema,
  invoiceDateSchema,
  line,
  optionalLine,
  paragraph,
  requiredLine,
  serialSchema,
} from './fields';
import { invoicePatchSchema } from './unitInvoice';
import { EXCLUSION_REASONS } from './warrantyReasons';

// Policy 3.1: a report comes by phone, e-mail, online chat, or in person at the counter.
export const CHANNELS = ['phone', 'email', 'online', 'counter'] as const;
export type Channel = (typeof CHANNELS)[number];
// Policy 3.1: a case that is not covered is offered a paid repair or goes back unrepaired.
export const OFFERS = ['paid_repair', 'return_unrepaired'] as const;
export type Offer = (typeof OFFERS)[number];
export const WARRANTY_STATUSES = ['covered', 'not_covered', 'unverified'] as const;

/** Checklist codes the intake screen offers; other codes are allowed for new product kinds. */
export const COMMON_ACCESSORIES = [
  'power_adapter',
  'power_cord',
  'cable',
  'battery',
  'remote',
  'charger',
  'case',
  'box',
  'manual',
  'memory_card',
] as const;

const accessorySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Accessory codes are lower_snake_case, at most 40 characters');

export const newUnitSchema = z
  .object({
    modelId: idSchema,
    serial: serialSchema,
    invoiceDate: invoiceDateSchema.nullable().default(null),
    invoiceNo: optionalLine('Invoice number', 40),
    seller: optionalLine('Seller', 120),
  })
  .strict();

export const exclusionSchema = z
  .object({ reason: z.enum(EXCLUSION_REASONS), note: requiredLine('Exclusion note', 500) })
  .strict();

export const createTicketSchema = z
  .object({
    /** Idempotency key: the intake form makes one per ticket, so a double submit is harmless. */
    clientRequestId: z.uuid('clientRequestId must be a UUID'),
    channel: z.enum(CHANNELS),
    /** When the customer reported (a phone call may be typed in later); defaults to now. */
    reportedAt: z.iso.datetime({ offset: true, message: 'Use an ISO date-time' }).optional(),
    stationId: idSchema,
    customerId: idSchema.optional(),
    newCustomer: newCustomerSchema.optional(),
    unitId: idSchema.optional(),
    /** A known unit's purchase invoice shown at the counter, recorded with the ticket. */
    unitInvoice: invoicePatchSchema.optional(),
    newUnit: newUnitSchema.optional(),
    faultDescription: paragraph('Fault description', 2000).pipe(
      z.string().min(1, 'Fault description is required'),
    ),
    accessories: z
      .array(accessorySchema)
      .max(30)
      .default([])
      .transform((a) => [...new Set(a)]),
    accessoriesNote: line('Accessories note', 500).default(''),
    condition: paragraph('Condition', 500).default(''),
    /** Defaults to the product type's emergency flag. */
    emergency: z.boolean().optional(),
    exclusions: z.array(exclusionSchema).max(EXCLUSION_REASONS.length).default([]),
    notCoveredExplanation: paragraph('Explanation', 1000)
      .optional()
      .transform((s) => (s ? s : null)),
    offer: z.enum(OFFERS).nullable().default(null),
  })
  .strict()
  .superRefine((t, ctx) => {
    if ((t.customerId === undefined) === (t.newCustomer === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'Give customerId or newCustomer (one of them)',
      });
    }
    if ((t.unitId === undefined) === (t.newUnit === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitId'],
        message: 'Give unitId or newUnit (one of them)',
      });
    }
    if (t.unitInvoice !== undefined && t.unitId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitInvoice'],
        message: 'unitInvoice is for a known unit (unitId); a new unit carries its own invoice',
      });
    }
  });

export type CreateTicketInput = z.output<typeof createTicketSchema>;
