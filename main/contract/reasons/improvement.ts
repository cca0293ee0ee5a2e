import { reasons } from './define';

// Improvement (policy 6): problems 改進措施, their action items, the effectiveness review, review
// meetings.
export const improvementReasons = reasons({
  problemNotFound: { id: 'number' },
  problemNotYours: { number: 'string' },
  /** Policy 6: the manager sets and follows corrective actions. */
  managersOnly: {},
  faultCodeNotFound: { codes: 'string' },
  recordNotFound: { ids: 'string' },
  noActiveStaff: { id: 'number' },
  numberTaken: { number: 'string' },

  noLongerChanged: { number: 'string' },
  actionsWhileOpen: { number: 'string' },
  startOnlyOpen: { number: 'string' },
  doneOnlyOpen: { number: 'string' },
  /** Policy 6: a problem is done only when every action item is. */
  openActionsLeft: { number: 'string', open: 'number' },
  reopenOnlyDone: { number: 'string' },
  cancelOnlyOpen: { number: 'string' },
  /** Policy 6: the effect is tracked once the actions are taken. */
  reviewOnlyDone: { number: 'string' },
  noBackToOpen: {},
  reviewedByReview: {},
  cancelNeedsReason: {},
  nothingToChange: {},

  actionNotFound: { id: 'number' },
  actionNotYours: { id: 'number', responsible: 'string' },
  actionAlreadyDone: { id: 'number' },
  actionsClosed: { number: 'string' },
  /** Policy 6 (限期整改): a deadline is set ahead, never in the past. */
  deadlinePast: {},
  actionChangedMeanwhile: { id: 'number' },

  adjustNeedsAction: {},
  actionOnlyWithAdjust: {},

  meetingNotFound: { id: 'number' },
  periodBackwards: {},
  attendeeNotFound: {},
  meetingProblemNotFound: {},
  notPeriodCostReport: {},
  meetingChangedElsewhere: { id: 'number' },
  meetingChangedMeanwhile: { id: 'number' },
});
