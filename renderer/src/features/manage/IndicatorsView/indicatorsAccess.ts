import type { APPRAISAL_READ } from '../../../../../main/appraisal/access';
import type { Actor } from '../../../../../main/contract/roles';

// Typed against the core's own list (main/appraisal/access.ts), so a change there that is not
// made here fails to compile. The core checks again; this only spares a refusal.
const READERS: typeof APPRAISAL_READ = ['supervisor', 'admin', 'finance'];

/** The indicators name technicians (policy 4, confidentiality): for those who appraise and pay. */
export function canReadIndicators(actor: Actor | null): boolean {
  return !!actor?.roles.some((r) => (READERS as readonly string[]).includes(r));
}
