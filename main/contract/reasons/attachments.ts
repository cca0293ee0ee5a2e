import { reasons } from './define';

// Attachments: photos and signed files kept with a ticket.
export const attachmentsReasons = reasons({
  attachmentNotFound: { id: 'number' },
  ticketCancelled: { reportNo: 'string' },
  /** Enough photos to show every side and defect; more is a stuck button, not evidence. */
  tooManyPhotos: { reportNo: 'string', max: 'number' },
  /** The customer signs the receipt once; a signed receipt never changes silently. */
  alreadySigned: { reportNo: 'string' },
  fileMissing: { file: 'string' },
  fileAltered: { file: 'string' },
});
