import type { Role } from '../contract/roles';

// Who may use the aftercare channels (issue 10, item 2; policy 3.6). Customer service is done
// at the desk: the intake clerk and the supervisor make the follow-up calls. A complaint is
// routed by a supervisor or an admin to any staff member, who then moves it; finance reads
// both (satisfaction and complaints feed its period review).
export const FOLLOW_UP_READ = [
  'intake_clerk',
  'supervisor',
  'finance',
  'admin',
] as const satisfies readonly Role[];
export const FOLLOW_UP_WRITE = ['intake_clerk', 'supervisor'] as const satisfies readonly Role[];
export const COMPLAINT_RECORD = ['intake_clerk', 'supervisor'] as const satisfies readonly Role[];
export const COMPLAINT_ROUTE = ['supervisor', 'admin'] as const satisfies readonly Role[];
/** The supervisor's list of every open complaint, and finance reading it. */
export const COMPLAINT_OVERSIGHT = [
  'intake_clerk',
  'supervisor',
  'finance',
  'admin',
] as const satisfies readonly Role[];
