import { reasons } from './define';

// The stockroom (policy 5): parts, the ledger, receiving, requisitions and issue, stock counts,
// the parts CSV import.
export const stockReasons = reasons({
  partNotFound: { id: 'number' },
  partNoNotFound: { partNo: 'string' },
  partInactive: { partNo: 'string' },
  partNoUsed: { partNo: 'string' },
  maxBelowSafety: {},
  /** Policy 5.3: expensive or critical parts have quota limits. */
  criticalNeedsLineQuota: {},
  criticalNeedsTicketQuota: {},
  /** The ledger never takes stock below zero. */
  onlyOnHand: { onHand: 'number', quantity: 'number' },
  wholeNonZero: {},
  levelChangedMeanwhile: {},
  changedDuringImport: { partNo: 'string' },

  requisitionNotFound: { id: 'number' },
  requestIdReused: {},
  ticketClosedForParts: { reportNo: 'string' },
  /** Policy 3.2: out of warranty, nothing beyond diagnosis until the customer approves. */
  needsApprovedQuote: { reportNo: 'string' },
  partTwice: { partNo: 'string', line: 'number' },
  lineNotOnRequisition: { reqNo: 'string' },
  lineTwice: { line: 'number' },
  /** Policy 5.3: the department head approves, never their own request. */
  ownRequisition: {},
  alreadyDecided: { reqNo: 'string' },
  decideEveryLine: { lines: 'string' },
  approveAtLeastOne: {},
  approveAtMostRequested: { line: 'number', partNo: 'string', requested: 'number' },
  overQuotaNeedsReason: { line: 'number', partNo: 'string' },
  ticketCancelledNoIssue: { reportNo: 'string', reqNo: 'string' },
  ticketHandedBackNoIssue: { reportNo: 'string', reqNo: 'string' },
  notApproved: { reqNo: 'string' },
  issueAtMostOpen: { line: 'number', partNo: 'string', open: 'number', quantity: 'number' },
  lineOnlyOnHand: { line: 'number', partNo: 'string', onHand: 'number', quantity: 'number' },
  returnAtMostOut: { line: 'number', partNo: 'string', out: 'number', quantity: 'number' },
  nothingLeftToIssue: { reqNo: 'string' },
  nothingToReturn: { reqNo: 'string' },
  nothingOutOnTicket: { reportNo: 'string' },

  countNotFound: { id: 'number' },
  countChangedSinceReview: { id: 'number' },
  countIncomplete: { id: 'number', uncounted: 'number', flagged: 'number' },
  countPosted: { id: 'number', name: 'string' },
  countCancelled: { id: 'number' },
  partNotInCount: { partNo: 'string', id: 'number' },
  nothingToResolve: { partNo: 'string', id: 'number' },
  nothingToCount: {},
  /** A part counted in two open counts at once would be posted twice. */
  countOpenCovers: { id: 'number' },
  countStartedMeanwhile: {},

  csvChanged: {},
  csvPastEnd: { valid: 'number' },
  csvEmpty: {},
  csvHeader: { missing: 'string', duplicate: 'string' },
});
