import type { Actor } from '../../../../main/contract/roles';
import type { COMPLAINT_RECORD, FOLLOW_UP_WRITE } from '../../../../main/aftercare/access';

// Which buttons to offer, from the core's own role lists (main/aftercare/access.ts): typed
// against them, so a change there that is not made here fails to compile. The core checks again.
const CALLERS: typeof FOLLOW_UP_WRITE = ['intake_clerk', 'supervisor'];
const RECORDERS: typeof COMPLAINT_RECORD = ['intake_clerk', 'supervisor'];

/** The desk and supervisors make the follow-up calls (policy 3.6). */
export function canCallBack(actor: Actor | null): boolean {
  return !!actor?.roles.some((r) => (CALLERS as readonly string[]).includes(r));
}

export function canRecordComplaint(actor: Actor | null): boolean {
  return !!actor?.roles.some((r) => (RECORDERS as readonly string[]).includes(r));
}
