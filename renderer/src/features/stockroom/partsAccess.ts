import type { Actor } from '../../../../main/contract/roles';
import { hasRole } from '../../stores/session';

// What a role may do with parts (main/stock/access.ts). The core enforces it; the screens
// only hide what a role cannot use.

/** Keeps the catalogue and posts stock: parts/create, parts/update, stock/receive, import. */
export function canKeepStock(actor: Actor | null): boolean {
  return hasRole(actor, 'stockroom_keeper', 'supervisor', 'admin');
}

/** Policy 5.2: the books are made to match the shelves only on a supervisor's word. */
export function canAdjustStock(actor: Actor | null): boolean {
  return hasRole(actor, 'supervisor');
}
