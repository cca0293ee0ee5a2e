import type { ReasonTexts } from './types';

export const stockEn: ReasonTexts<'stock'> = {
  partNotFound: 'No part #{{id}}.',
  partNoNotFound: 'No part numbered {{partNo}}.',
  partInactive: 'Part {{partNo}} is inactive.',
  partNoUsed: 'Part number {{partNo}} is already used.',
  maxBelowSafety: 'The maximum stock may not be below the safety stock.',
  criticalNeedsLineQuota: 'A critical part needs a quota per line (policy 5.3).',
  criticalNeedsTicketQuota: 'A critical part needs a quota per ticket (policy 5.3).',
  onlyOnHand: 'Only {{onHand}} on hand; cannot take {{quantity}}.',
  wholeNonZero: 'A stock movement is a whole, non-zero quantity.',
  levelChangedMeanwhile: 'The stock level changed meanwhile; try again.',
  changedDuringImport:
    'Part {{partNo}} was changed by someone else during the import; import again.',

  requisitionNotFound: 'No requisition #{{id}}.',
  requestIdReused:
    'This requisition was already sent with different content; reload and enter it again.',
  ticketClosedForParts:
    'Ticket {{reportNo}} is handed back or cancelled; parts cannot be requested for it.',
  needsApprovedQuote:
    'Ticket {{reportNo}} is not covered by the warranty and the customer has not approved a quote; parts are requested once they do (policy 3.2).',
  partTwice: 'Part {{partNo}} is already on line {{line}}; put the whole quantity on one line.',
  lineNotOnRequisition: 'This line is not on {{reqNo}}.',
  lineTwice: 'Line {{line}} is given twice.',
  ownRequisition: 'Nobody approves their own requisition (policy 5.3); ask another supervisor.',
  alreadyDecided: 'Requisition {{reqNo}} was already decided.',
  decideEveryLine: 'Decide every line; missing line {{lines}}.',
  approveAtLeastOne: 'Approve at least one unit, or reject the requisition.',
  approveAtMostRequested:
    'Line {{line}} ({{partNo}}): approve at most the {{requested}} requested.',
  overQuotaNeedsReason:
    'Line {{line}} ({{partNo}}) is over its quota; approving it needs a written reason (policy 5.3).',
  ticketCancelledNoIssue:
    'Ticket {{reportNo}} was cancelled; nothing more is issued for {{reqNo}}.',
  ticketHandedBackNoIssue:
    'Ticket {{reportNo}} was handed back; nothing more is issued for {{reqNo}}.',
  notApproved: 'Requisition {{reqNo}} is not approved; only approved requisitions are issued.',
  issueAtMostOpen:
    'Line {{line}} ({{partNo}}): {{open}} approved and not yet issued; cannot issue {{quantity}}.',
  lineOnlyOnHand: 'Line {{line}} ({{partNo}}): only {{onHand}} on hand; cannot issue {{quantity}}.',
  returnAtMostOut:
    'Line {{line}} ({{partNo}}): {{out}} issued and not returned; cannot return {{quantity}}.',
  nothingLeftToIssue: 'Everything approved on {{reqNo}} has been issued.',
  nothingToReturn: 'Nothing issued on {{reqNo}} is out to return.',
  nothingOutOnTicket: 'No part issued for {{reportNo}} is out to return.',

  countNotFound: 'No stock count #{{id}}.',
  countChangedSinceReview:
    'Count #{{id}} changed since you reviewed it (entries were recorded); review it again.',
  countIncomplete:
    'Count #{{id}} cannot be posted: {{uncounted}} parts not yet counted, {{flagged}} duplicate entries to resolve.',
  countPosted: 'Count #{{id}} was already posted by {{name}}; nothing changed.',
  countCancelled: 'Count #{{id}} was cancelled; nothing changed.',
  partNotInCount: 'Part {{partNo}} is not in count #{{id}}; count it in a count of its own.',
  nothingToResolve: 'Part {{partNo}} has no duplicate entry to resolve in count #{{id}}.',
  nothingToCount: 'No active parts here; nothing to count.',
  countOpenCovers:
    'Count #{{id}} is still open and covers some of these parts; post or cancel it first.',
  countStartedMeanwhile:
    'Another count of some of these parts was started just now; reload the counts.',

  csvChanged: 'The file changed since the preview; preview it again before importing.',
  csvPastEnd: 'Past the end of the file: it has {{valid}} valid rows.',
  csvEmpty: 'The file is empty: line 1 must be the header row.',
  csvHeader:
    'The header row is not usable. Missing columns: {{missing}}. Columns named twice: {{duplicate}}.',
};
