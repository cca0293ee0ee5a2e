import type { Role } from '../contract/roles';

// Who may use the intake channels (issue 3): the intake desk, supervisors and admins write;
// technicians read (they work the tickets at the bench). The catalogue and stations are
// reference data kept by supervisors and admins.
export const INTAKE_READ = [
  'intake_clerk',
  'technician',
  'supervisor',
  'admin',
] as const satisfies readonly Role[];
export const INTAKE_WRITE = [
  'intake_clerk',
  'supervisor',
  'admin',
] as const satisfies readonly Role[];
export const CATALOGUE_WRITE = ['supervisor', 'admin'] as const satisfies readonly Role[];
/** Policy 2: only a supervisor may cover a case the rules leave uncovered. */
export const WARRANTY_OVERRIDE = ['supervisor'] as const satisfies readonly Role[];
