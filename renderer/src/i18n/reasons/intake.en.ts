import type { ReasonTexts } from './types';

export const intakeEn: ReasonTexts<'intake'> = {
  ticketNotFound: 'No ticket #{{id}}.',
  unitNotFound: 'No unit #{{id}}.',
  modelNotFound: 'No product model #{{id}}.',
  typeNotFound: 'No product type #{{id}}.',
  stationNotFound: 'No active repair station #{{id}}.',
  requestIdReused: 'This form was already sent with different content; reload and enter it again.',
  reportedInFuture: 'The report time is in the future.',
  lateReport: 'More than {{hours}} hours ago: a supervisor records late reports.',
  unitHasOpenTicket:
    'Unit {{serial}} already has an open ticket, {{reportNo}}: finish or cancel that one first.',
  serialRegistered:
    'Serial number {{serial}} is already registered for {{model}}: choose the existing unit.',
  explainNotCovered: 'Explain to the customer why the case is not covered (policy 3.1).',
  coveredNoAlternative: 'The case is covered by the warranty; no paid alternative applies.',
  invoiceInFuture: 'The purchase invoice date {{invoiceDate}} is in the future.',
  invoiceAfterIntake:
    'The purchase invoice date {{invoiceDate}} is after the intake date {{intakeDate}}.',
  invoiceDateSupervisorOnly: 'Only a supervisor may change a recorded purchase invoice date.',
  exclusionTwice: 'This reason is recorded twice.',
  expiredContradictsInvoice:
    '"Past the warranty period" contradicts the purchase invoice date: the warranty runs until {{expiresOn}}.',
  warrantyMonthsInvalid: 'The warranty period must be a whole number of months, 0 or more.',
  ticketCancelled: '{{reportNo}} is cancelled; it can no longer change.',
  ticketCompleted: '{{reportNo}} is completed; it can no longer change.',
  cancelOnlyBeforeRepair: '{{reportNo}}: a ticket is cancelled only before its repair starts.',
  alreadyCovered: '{{reportNo}} is already covered by the warranty.',
  typeCodeUsed: 'The product type code "{{code}}" is already used.',
  modelCodeUsed: 'The model code "{{code}}" is already used.',
  stationCodeUsed: 'The station code "{{code}}" is already used.',
  overrideNoteRequired: 'Say which rule or agreement sets this warranty period.',
  wholePhone: 'Search with the whole phone number.',
  queryTooShort: 'Type at least one Chinese character or 3 letters or digits to search.',
};
