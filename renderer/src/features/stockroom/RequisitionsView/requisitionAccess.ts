import type { Actor } from '../../../../../main/contract/roles';
import type { Requisition } from '../../../../../main/stock/requisitionRepo';
import { hasRole } from '../../../stores/session';

// Who may do what with a requisition (main/stock/access.ts, policy 5.3). The core enforces it;
// the screen only hides what a person cannot use.

/** The technician fills in the requisition form (領用申請表); a supervisor may too. */
export function canRequest(actor: Actor | null): boolean {
  return hasRole(actor, 'technician', 'supervisor');
}

/** The department head approves (審批), never their own request. */
export function canDecide(actor: Actor | null, req: Requisition): boolean {
  return (
    hasRole(actor, 'supervisor') && req.status === 'pending' && req.requestedBy.id !== actor?.id
  );
}

/** The stockroom issues (發放) and takes back (退回倉庫). */
export function canIssue(actor: Actor | null): boolean {
  return hasRole(actor, 'stockroom_keeper', 'supervisor', 'admin');
}
