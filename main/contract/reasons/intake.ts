import { reasons } from './define';

// Intake at the desk (policy 3.1): the ticket, its customer and unit, the warranty decision, and
// the catalogue and stations intake reads (Settings → Catalogue).
export const intakeReasons = reasons({
  ticketNotFound: { id: 'number' },
  unitNotFound: { id: 'number' },
  modelNotFound: { id: 'number' },
  typeNotFound: { id: 'number' },
  stationNotFound: { id: 'number' },
  /** A double submit with changed content: the request id belongs to another ticket. */
  requestIdReused: {},
  reportedInFuture: {},
  /** The warranty is decided against the report date, so a late report needs a supervisor. */
  lateReport: { hours: 'number' },
  /** One open ticket per unit: a second registration waits until the first is done. */
  unitHasOpenTicket: { serial: 'string', reportNo: 'string' },
  /** Issue 3: a serial registered before is recognised, never duplicated. */
  serialRegistered: { serial: 'string', model: 'string' },
  /** Policy 3.1: a case that is not covered is explained, with the paid alternative. */
  explainNotCovered: {},
  coveredNoAlternative: {},
  invoiceInFuture: { invoiceDate: 'string' },
  invoiceAfterIntake: { invoiceDate: 'string', intakeDate: 'string' },
  invoiceDateSupervisorOnly: {},
  exclusionTwice: {},
  expiredContradictsInvoice: { expiresOn: 'string' },
  warrantyMonthsInvalid: {},
  ticketCancelled: { reportNo: 'string' },
  ticketCompleted: { reportNo: 'string' },
  /** The lifecycle cancels a ticket only before its repair starts. */
  cancelOnlyBeforeRepair: { reportNo: 'string' },
  alreadyCovered: { reportNo: 'string' },
  typeCodeUsed: { code: 'string' },
  modelCodeUsed: { code: 'string' },
  stationCodeUsed: { code: 'string' },
  /** Policy 2: a warranty period set apart from the type's says which rule or agreement sets it. */
  overrideNoteRequired: {},
  /** An exact phone search is by the whole number. */
  wholePhone: {},
  /** The quick search needs something its indexes can match. */
  queryTooShort: {},
});
