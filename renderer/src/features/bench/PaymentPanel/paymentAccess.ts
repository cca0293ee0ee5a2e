import type { PAYMENT_READ, PAYMENT_WRITE } from '../../../../../main/pricing/access';
import type { Actor } from '../../../../../main/contract/roles';

// Typed against the core's own lists (main/pricing/access.ts), so a change there that is not
// made here fails to compile. The core checks again; this only spares a refusal.
const READERS: typeof PAYMENT_READ = ['intake_clerk', 'supervisor', 'finance', 'admin'];
const WRITERS: typeof PAYMENT_WRITE = ['intake_clerk', 'supervisor'];

const has = (actor: Actor | null, roles: readonly string[]) =>
  !!actor?.roles.some((r) => roles.includes(r));

export const canReadPayments = (actor: Actor | null) => has(actor, READERS);
export const canRecordPayments = (actor: Actor | null) => has(actor, WRITERS);
