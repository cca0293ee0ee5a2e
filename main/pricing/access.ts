import type { Role } from '../contract/roles';

// Who may read and set the price rules, and who takes payments (issue 10, item 1; policy 3.5).
// Finance reads the rules it reconciles against; supervisors and admins set them. The desk
// hands units back and takes the customer's money, with supervisors; finance reconciles the
// takings, so it reads them but never takes them (separation of duties); admins read.
export const PRICE_READ = ['supervisor', 'admin', 'finance'] as const satisfies readonly Role[];
export const PRICE_WRITE = ['supervisor', 'admin'] as const satisfies readonly Role[];
export const PAYMENT_WRITE = ['intake_clerk', 'supervisor'] as const satisfies readonly Role[];
export const PAYMENT_READ = [
  ...PAYMENT_WRITE,
  'finance',
  'admin',
] as const satisfies readonly Role[];
