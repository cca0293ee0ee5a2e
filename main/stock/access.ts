import type { Role } from '../contract/roles';

// Who may use the stockroom channels (issue 4): the stockroom keeper, supervisors and admins
// keep the parts and post stock; technicians and finance read (policy 5.2, 5.3).
export const STOCK_READ = [
  'technician',
  'stockroom_keeper',
  'supervisor',
  'admin',
  'finance',
] as const satisfies readonly Role[];
export const STOCK_WRITE = [
  'stockroom_keeper',
  'supervisor',
  'admin',
] as const satisfies readonly Role[];
/** Policy 5.2: the books are made to match the shelves only on a supervisor's word. */
export const STOCK_ADJUST = ['supervisor'] as const satisfies readonly Role[];
export const STOCK_VERIFY = [
  'stockroom_keeper',
  'supervisor',
  'admin',
] as const satisfies readonly Role[];
/** Policy 5.3: the technician fills in the requisition; the department head approves it. */
export const REQUISITION_REQUEST = ['technician', 'supervisor'] as const satisfies readonly Role[];
export const REQUISITION_DECIDE = ['supervisor'] as const satisfies readonly Role[];
