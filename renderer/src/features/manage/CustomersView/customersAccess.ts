import type { Actor } from '../../../../../main/contract/roles';
import type { CUSTOMER_MERGE, CUSTOMER_RECORDS } from '../../../../../main/customers/access';

// Typed against the core's own lists (main/customers/access.ts), so a change there that is not
// made here fails to compile. The core checks again; this only spares a refusal.
const RECORDS: typeof CUSTOMER_RECORDS = ['intake_clerk', 'supervisor', 'admin'];
const MERGERS: typeof CUSTOMER_MERGE = ['supervisor', 'admin'];

const holds = (actor: Actor | null, roles: readonly string[]) =>
  !!actor?.roles.some((r) => roles.includes(r));

/** Policy 4: customer records (phones, addresses) only for the people who deal with customers. */
export const canUseCustomers = (actor: Actor | null) => holds(actor, RECORDS);
export const canMergeCustomers = (actor: Actor | null) => holds(actor, MERGERS);
