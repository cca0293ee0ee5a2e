import type { Actor, Role } from '../contract/roles';

// Who may use the appraisal channels (issue 10, item 3; policy 4). Supervisors and admins keep
// the training records; a staff member reads their own. The indicators are for the people who
// appraise (supervisor, admin) and for finance, who pay by them; they name technicians, so no
// one else reads them (policy 4, confidentiality).
export const TRAINING_RECORD = ['supervisor', 'admin'] as const satisfies readonly Role[];
/** Read anyone's training records; everyone else reads only their own. */
export const TRAINING_READ_ALL = ['supervisor', 'admin'] as const satisfies readonly Role[];
export const APPRAISAL_READ = ['supervisor', 'admin', 'finance'] as const satisfies readonly Role[];
export const TURNAROUND_SET = ['supervisor', 'admin'] as const satisfies readonly Role[];

/** Whether `actor` reads another staff member's training (policy 4, confidentiality). */
export function readsOthersTraining(actor: Actor): boolean {
  return actor.roles.some((r) => (TRAINING_READ_ALL as readonly Role[]).includes(r));
}
