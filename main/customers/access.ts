import type { Role } from '../contract/roles';

// Who may use the customer records (issue 10, item 6; policy 4: staff keep customer data
// confidential, only the people who need it see it). The desk deals with customers, and
// supervisors and admins answer for them: they see phone, address and e-mail, keep the records
// and use the customer screen. Anyone else who reads a customer (a technician on a ticket) gets
// the name and a masked phone. Merging two customers is a supervisor's decision.
export const PERSONAL_DATA = [
  'intake_clerk',
  'supervisor',
  'admin',
] as const satisfies readonly Role[];
export const CUSTOMER_RECORDS = PERSONAL_DATA;
export const CUSTOMER_MERGE = ['supervisor', 'admin'] as const satisfies readonly Role[];
