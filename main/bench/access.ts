import type { Role } from '../contract/roles';

// Who may use the bench channels (issue 5): technicians work tickets, supervisors assign and
// step in; the intake desk hands units back (acceptance, delivery) so it reads tickets too.
// Each move's roles are in the lifecycle table (lifecycle.ts).
export const BENCH_READ = [
  'technician',
  'supervisor',
  'intake_clerk',
  'admin',
] as const satisfies readonly Role[];
export const BENCH_WORK = ['technician', 'supervisor'] as const satisfies readonly Role[];
export const BENCH_ASSIGN = ['supervisor'] as const satisfies readonly Role[];
/** Recording what the customer says (quote answer, acceptance) and handing units back. */
export const BENCH_DESK = [
  'intake_clerk',
  'technician',
  'supervisor',
] as const satisfies readonly Role[];
