import type { Role } from '../contract/roles';

// Who may see and keep warranty agreements (issue 10, item 7): the intake desk reads them (the
// warranty decision at the counter rests on them); supervisors and admins make and end them.
export const AGREEMENT_READ = [
  'intake_clerk',
  'supervisor',
  'admin',
] as const satisfies readonly Role[];
export const AGREEMENT_WRITE = ['supervisor', 'admin'] as const satisfies readonly Role[];
