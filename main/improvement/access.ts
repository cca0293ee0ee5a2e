import type { Role } from '../contract/roles';

// Who may use the improvement channels (issue 10, item 5; policy 6). A supervisor or an admin
// opens a problem, sets its cause and status, hands out action items and judges the effect;
// finance reads the register and the meetings (they feed its period review). The person an
// action item is given to completes it (checked per item, so the channel is open to any
// signed-in staff member and the guard lives in `problems.ts`).
export const IMPROVEMENT_WRITE = ['supervisor', 'admin'] as const satisfies readonly Role[];
export const IMPROVEMENT_READ = [
  'supervisor',
  'admin',
  'finance',
] as const satisfies readonly Role[];
export const MEETING_WRITE = ['supervisor', 'admin'] as const satisfies readonly Role[];
export const MEETING_READ = ['supervisor', 'admin', 'finance'] as const satisfies readonly Role[];
