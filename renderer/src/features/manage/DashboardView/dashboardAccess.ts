import type { Actor } from '../../../../../main/contract/roles';
import type { INSIGHT_READ } from '../../../../../main/insight/access';
import type { IMPROVEMENT_READ, IMPROVEMENT_WRITE } from '../../../../../main/improvement/access';

// Typed against the core's own lists (main/insight/access.ts, main/improvement/access.ts), so a
// change there that is not made here fails to compile. The core checks again.
const READERS: typeof INSIGHT_READ = ['supervisor', 'admin', 'finance'];
const ACTION_READERS: typeof IMPROVEMENT_READ = ['supervisor', 'admin', 'finance'];
const ACTION_OPENERS: typeof IMPROVEMENT_WRITE = ['supervisor', 'admin'];

const has = (actor: Actor | null, roles: readonly string[]) =>
  !!actor?.roles.some((r) => roles.includes(r));

/** The depot's figures (policy 6): supervisors, finance and admins. */
export const canReadDashboard = (actor: Actor | null) => has(actor, READERS);
export const canReadActions = (actor: Actor | null) => has(actor, ACTION_READERS);
/** Opening a corrective action from a fault trend (policy 6.2): supervisors and admins. */
export const canOpenActions = (actor: Actor | null) => has(actor, ACTION_OPENERS);
