import type { ReasonTexts } from './types';

export const attachmentsEn: ReasonTexts<'attachments'> = {
  attachmentNotFound: 'No attachment #{{id}}.',
  ticketCancelled: 'Ticket {{reportNo}} is cancelled; it takes no attachments.',
  tooManyPhotos: 'Ticket {{reportNo}} already has {{max}} photos, the most a ticket keeps.',
  alreadySigned: 'Ticket {{reportNo}} is already signed; the signed receipt cannot be changed.',
  fileMissing: 'The attachment file {{file}} is missing.',
  fileAltered: 'The attachment file {{file}} was altered: it no longer matches its checksum.',
};
