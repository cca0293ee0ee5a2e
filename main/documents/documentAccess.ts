import { refuse } from '../contract/errors';
import { ROLES, type Actor, type Role } from '../contract/roles';
import type { DocumentKind } from '../pdf/engine';
import { ACCOUNTING_READ } from '../accounting/access';
import { INSIGHT_READ } from '../insight/access';

// Who may read each kind of archived document (issue 9, defect 3). Policy 4: staff keep
// customer data confidential, so only the people who need it see it. Receipts, labels, repair
// records, quotes and warranty vouchers name the customer (and most carry their phone): the
// desk, the bench, supervisors and admins. The return-to-factory form has no customer data but
// belongs to the same ticket work. The requisition form is the stockroom's paper (policy 5.3):
// whoever reads the stockroom. The sample holds made-up names only.

const TICKET_PAPERS = [
  'intake_clerk',
  'technician',
  'supervisor',
  'admin',
] as const satisfies readonly Role[];

const STOCKROOM_PAPERS = [
  'technician',
  'stockroom_keeper',
  'supervisor',
  'admin',
  'finance',
] as const satisfies readonly Role[];

/** Every kind is listed, so a new document kind fails the type check until it is placed. */
export const DOCUMENT_READERS: Record<DocumentKind, readonly Role[]> = {
  sample: ROLES,
  receipt: TICKET_PAPERS,
  unitLabel: TICKET_PAPERS,
  repairRecord: TICKET_PAPERS,
  quote: TICKET_PAPERS,
  factoryForm: TICKET_PAPERS,
  warrantyVoucher: TICKET_PAPERS,
  requisition: STOCKROOM_PAPERS,
  // The depot's books (policy 3.5): whoever reads the period cost report.
  periodCostReport: ACCOUNTING_READ,
  // The depot's figures for the review meeting (policy 6): whoever reads the dashboard.
  dashboardReport: INSIGHT_READ,
};

export function mayReadDocument(actor: Actor, kind: string): boolean {
  const readers: readonly Role[] = Object.hasOwn(DOCUMENT_READERS, kind)
    ? DOCUMENT_READERS[kind as DocumentKind]
    : [];
  return actor.roles.some((role) => readers.includes(role));
}

/** Refuses, as FORBIDDEN, a reader whose roles may not see this kind of document. */
export function mustMayReadDocument(actor: Actor, kind: string, documentId: number): void {
  if (mayReadDocument(actor, kind)) return;
  const allowed = Object.hasOwn(DOCUMENT_READERS, kind)
    ? DOCUMENT_READERS[kind as DocumentKind]
    : [];
  throw refuse('FORBIDDEN', 'access.roleMayNot', {
    message: `${actor.displayName} may not read a ${kind} (allowed: ${allowed.join(', ') || 'nobody'}).`,
    details: { documentId, kind, allowed },
  });
}
