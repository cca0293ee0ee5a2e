import type { ReasonTexts } from './types';

export const coreEn: ReasonTexts<'core'> = {
  internal: 'Something went wrong in the Depot core; the details are in its log.',
  changedElsewhere: '{{record}} was changed by someone else; reload and try again.',
  changedMeanwhile: '{{record}} changed while you were saving; try again.',

  updatesDesktopOnly: 'Updates are installed by the desktop app only.',

  badToken: 'Missing or wrong Depot token.',
  eventsTicketGone: 'Missing, used or expired events ticket.',
  usePost: 'Use POST.',
  bodyNotJson: 'The request body is not valid JSON.',
  bodyTooLarge: 'The request is too large: this request takes at most {{maxBytes}} bytes.',
  unexpectedHost: 'Unexpected Host header.',
  pathNotFound: 'Not found.',
  foreignOrigin: 'Requests from another site are refused.',
  jsonOnly: 'Send the input as Content-Type: application/json.',
  sessionHeaderMissing:
    "Every call needs its tab's own {{header}} header: 1 to 100 letters, digits, - or _.",
  badPath: 'The path is not valid %-encoded UTF-8.',
  serverTokenShort:
    'DEPOT_TOKEN must be at least {{min}} characters (it has {{length}}); leave it unset for a random one.',
  serverTokenChars:
    'DEPOT_TOKEN may hold only letters, digits and . _ ~ - (it travels in a URL and a header).',
  pageMayNotCall: 'This page may not call the Depot core.',
};
