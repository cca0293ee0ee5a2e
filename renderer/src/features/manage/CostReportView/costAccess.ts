import type { ACCOUNTING_READ } from '../../../../../main/accounting/access';
import type { Actor } from '../../../../../main/contract/roles';

// Typed against the core's own list (main/accounting/access.ts), so a change there that is not
// made here fails to compile. The core checks again; this only spares a refusal.
const READERS: typeof ACCOUNTING_READ = ['finance', 'supervisor', 'admin'];

/** The depot's books (policy 3.5): finance reconciles them, supervisors and admins answer for them. */
export function canReadCosts(actor: Actor | null): boolean {
  return !!actor?.roles.some((r) => (READERS as readonly string[]).includes(r));
}
