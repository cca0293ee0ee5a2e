import type { ReasonTexts } from './types';

export const documentsEn: ReasonTexts<'documents'> = {
  recordNotYet:
    '{{reportNo}} is {{status}}; the repair record is printed once the repair passed its test.',
  notRepaired:
    '{{reportNo}} was not repaired (it went back unrepaired); there is no repair record.',
  voucherNotYet: '{{reportNo}} is {{status}}; the warranty voucher is printed at delivery.',
  notAccepted:
    '{{reportNo}} was not handed back as a repair the customer accepted; there is no repair to warrant (policy 3.4).',
  documentNotFound: 'No document #{{id}}.',
  shipmentNotFound: 'No factory shipment #{{id}}.',
  ticketCancelled: '{{reportNo}} is cancelled; nothing is printed for it.',
  linkGone: 'This document link is unknown, already used or expired; open the document again.',
  reprintAsDuplicate: 'A repair record is reprinted as a duplicate; use its own reprint.',
  notRepairRecord:
    'Document #{{id}} is not a repair record; other documents are reprinted as they are.',
  snapshotUnreadable: 'The archived snapshot of document #{{id}} is not a readable repair record.',
  reprintBusy: 'Document #{{id}} is being reprinted at another desk; try again.',
  archiveDateInvalid: 'A document is archived with an ISO date; got "{{createdAt}}".',
  archivedFileMissing: 'The archived file of document #{{id}} is missing.',
  archivedFileAltered:
    'The archived file of document #{{id}} was altered: it no longer matches its recorded checksum.',
};
