import type { Role } from '../contract/roles';

// Who may use the repair-log channels (issue 5, item 3; policy 1: every step by a named person).
// Technicians and supervisors write, and only on a ticket they work (ticketForWork); the desk,
// admins and finance read the log and the cost. The code lists and checklists are reference
// data kept by supervisors and admins.
export const REPAIR_LOG_READ = [
  'technician',
  'supervisor',
  'intake_clerk',
  'admin',
  'finance',
] as const satisfies readonly Role[];
export const REPAIR_LOG_WRITE = ['technician', 'supervisor'] as const satisfies readonly Role[];
export const CODE_LISTS_WRITE = ['supervisor', 'admin'] as const satisfies readonly Role[];
