import type { TRAINING_READ_ALL, TRAINING_RECORD } from '../../../../../main/appraisal/access';
import type { Actor } from '../../../../../main/contract/roles';

// Typed against the core's own lists (main/appraisal/access.ts). The core checks again.
const READERS: typeof TRAINING_READ_ALL = ['supervisor', 'admin'];
const RECORDERS: typeof TRAINING_RECORD = ['supervisor', 'admin'];

const has = (actor: Actor | null, roles: readonly string[]) =>
  !!actor?.roles.some((r) => roles.includes(r));

/** Policy 4, confidentiality: another's training record is read by those who appraise. */
export function canReadTraining(actor: Actor | null): boolean {
  return has(actor, READERS);
}

/** Supervisors and admins keep the training records. */
export function canRecordTraining(actor: Actor | null): boolean {
  return has(actor, RECORDERS);
}
