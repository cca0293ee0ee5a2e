import { reasons } from './define';

// Printing (policy 3.3, 3.4): which documents a ticket has, and when.
export const documentsReasons = reasons({
  /** The repair record is printed once the repair passed its test. */
  recordNotYet: { reportNo: 'string', status: 'string' },
  /** A unit that went back unrepaired has no repair record. */
  notRepaired: { reportNo: 'string' },
  /** The warranty voucher is printed at delivery. */
  voucherNotYet: { reportNo: 'string', status: 'string' },
  /** Policy 3.4: only a repair the customer accepted is warranted. */
  notAccepted: { reportNo: 'string' },
  documentNotFound: { id: 'number' },
  shipmentNotFound: { id: 'number' },
  /** A cancelled ticket has nothing printed for it. */
  ticketCancelled: { reportNo: 'string' },
  /** A document link is single use and short-lived. */
  linkGone: {},
  /** A repair record is reprinted as a marked duplicate, not as it is. */
  reprintAsDuplicate: {},
  notRepairRecord: { id: 'number' },
  snapshotUnreadable: { id: 'number' },
  reprintBusy: { id: 'number' },
  /** The archive files a document under the month it was made. */
  archiveDateInvalid: { createdAt: 'string' },
  /** A printed document is kept as it was printed: its file must be there, unchanged. */
  archivedFileMissing: { id: 'number' },
  archivedFileAltered: { id: 'number' },
});
