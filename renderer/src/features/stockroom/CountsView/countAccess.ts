import type { Actor } from '../../../../../main/contract/roles';
import { hasRole } from '../../../stores/session';

// Who does what in a stock count (main/stock/access.ts, policy 5.2). The core enforces it; the
// screens only hide what a person cannot use.

/** The stockroom starts counts and records what is on the shelves. */
export function canCount(actor: Actor | null): boolean {
  return hasRole(actor, 'stockroom_keeper', 'supervisor', 'admin');
}

/** The books are made to match the shelves only on a supervisor's word (賬實相符). */
export function canReview(actor: Actor | null): boolean {
  return hasRole(actor, 'supervisor');
}
