import type { Role } from '../contract/roles';

// Who may read the depot's costs (issue 10, item 1; policy 3.5): finance reconciles them with
// each repair station, supervisors answer for them, admins keep the depot. Technicians and the
// intake desk see a ticket's own cost on the bench, not the depot's books.
export const ACCOUNTING_READ = [
  'finance',
  'supervisor',
  'admin',
] as const satisfies readonly Role[];
