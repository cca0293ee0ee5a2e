import type {
  CHANNELS as CORE_CHANNELS,
  COMMON_ACCESSORIES,
  OFFERS as CORE_OFFERS,
  WARRANTY_STATUSES as CORE_WARRANTY_STATUSES,
} from '../../../../main/intake/ticketSchemas';
import type { EXCLUSION_REASONS } from '../../../../main/intake/warrantyReasons';
import { TICKET_STATUSES } from '../../../../main/rules/ticketStatuses';

// The intake codes the screen offers. The renderer may not import the core's values, only
// their types, so each list is repeated here and `satisfies` the core's tuple exactly: a code
// added in main/intake fails the type check here until the screen (and its words) know it.

/** Policy 3.1: by phone, e-mail, online chat, or in person at the counter. */
export const CHANNELS = [
  'phone',
  'email',
  'online',
  'counter',
] as const satisfies typeof CORE_CHANNELS;
export type IntakeChannel = (typeof CHANNELS)[number];

/** The accessories checklist (ticketSchemas.ts COMMON_ACCESSORIES). */
export const ACCESSORIES = [
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
] as const satisfies typeof COMMON_ACCESSORIES;
export type AccessoryCode = (typeof ACCESSORIES)[number];

/** Policy 2, "not covered" 1-5, in the policy's order. */
export const EXCLUSIONS = [
  'misuse',
  'force_majeure',
  'tampered',
  'expired',
  'serial_unreadable',
] as const satisfies typeof EXCLUSION_REASONS;
export type Exclusion = (typeof EXCLUSIONS)[number];

/** Policy 3.1: a case that is not covered is offered a paid repair or goes back unrepaired. */
export const OFFERS = ['paid_repair', 'return_unrepaired'] as const satisfies typeof CORE_OFFERS;
export type IntakeOffer = (typeof OFFERS)[number];

/** Every status of the ticket's lifecycle, the core's own list (main/rules/ticketStatuses.ts). */
export { TICKET_STATUSES };
export const WARRANTY_STATUSES = [
  'covered',
  'not_covered',
  'unverified',
] as const satisfies typeof CORE_WARRANTY_STATUSES;
export type WarrantyStatus = (typeof WARRANTY_STATUSES)[number];

export function isWarrantyStatus(s: string): s is WarrantyStatus {
  return (WARRANTY_STATUSES as readonly string[]).includes(s);
}

export function isTicketStatus(s: string): s is (typeof TICKET_STATUSES)[number] {
  return (TICKET_STATUSES as readonly string[]).includes(s);
}

export function isAccessoryCode(s: string): s is AccessoryCode {
  return (ACCESSORIES as readonly string[]).includes(s);
}
