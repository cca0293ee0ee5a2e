import type { Actor } from '../../../../../main/contract/roles';
import type { IMPROVEMENT_WRITE } from '../../../../../main/improvement/access';

// Typed against the core's own list (main/improvement/access.ts), so a change there that is not
// made here fails to compile. The core checks again; this only spares a refusal.
const WRITERS: typeof IMPROVEMENT_WRITE = ['supervisor', 'admin'];

/** Supervisors and admins open problems and record meetings (policy 6). */
export function canManageImprovement(actor: Actor | null): boolean {
  return !!actor?.roles.some((r) => (WRITERS as readonly string[]).includes(r));
}
