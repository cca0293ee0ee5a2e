import type { Role } from '../../../../../main/contract/roles';

// Every role once, in the order work flows through the depot. A Record, so a role added to the
// core (main/contract/roles.ts) is a compile error here until it is listed.
const ORDER: Record<Role, number> = {
  intake_clerk: 1,
  technician: 2,
  stockroom_keeper: 3,
  supervisor: 4,
  finance: 5,
  admin: 6,
};

export const ROLES: readonly Role[] = (Object.keys(ORDER) as Role[]).sort(
  (a, b) => ORDER[a] - ORDER[b],
);
