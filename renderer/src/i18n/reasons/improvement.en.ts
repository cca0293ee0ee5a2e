import type { ReasonTexts } from './types';

export const improvementEn: ReasonTexts<'improvement'> = {
  problemNotFound: 'No problem #{{id}}.',
  problemNotYours: 'Problem {{number}} is not in your hands.',
  managersOnly: 'A supervisor or admin manages corrective actions.',
  faultCodeNotFound: 'No fault code {{codes}}.',
  recordNotFound: 'No record #{{ids}}.',
  noActiveStaff: 'No active staff member #{{id}}.',
  numberTaken:
    'Problem number {{number}} was just taken by another problem opened at the same time; try again.',

  noLongerChanged: 'Problem {{number}} is reviewed or cancelled; it is no longer changed.',
  actionsWhileOpen:
    'Problem {{number}} is no longer open; action items are added while it is open.',
  startOnlyOpen: 'Problem {{number}} is not open; only an open problem is started.',
  doneOnlyOpen: 'Problem {{number}} is no longer open; only an open problem is marked done.',
  openActionsLeft:
    'Problem {{number}} still has {{open}} open action item(s); it is done only when every action is done (policy 6).',
  reopenOnlyDone: 'Problem {{number}} is not done; only a done problem is re-opened.',
  cancelOnlyOpen: 'Problem {{number}} is no longer open; only an open problem is cancelled.',
  reviewOnlyDone:
    'Problem {{number}} is not done; its effect is reviewed only once it is done (policy 6).',
  noBackToOpen: 'A problem does not go back to open.',
  reviewedByReview: 'A problem becomes reviewed by recording its effectiveness review.',
  cancelNeedsReason: 'Say why it is cancelled.',
  nothingToChange: 'Nothing to change.',

  actionNotFound: 'No action item #{{id}}.',
  actionNotYours:
    'Action item #{{id}} is in the hands of {{responsible}}; only they or a supervisor complete it.',
  actionAlreadyDone: 'Action item #{{id}} is already done.',
  actionsClosed: 'Problem {{number}} is no longer open; its action items are not completed now.',
  deadlinePast: 'The deadline is already past.',
  actionChangedMeanwhile: 'Action item #{{id}} changed while you were saving; try again.',

  adjustNeedsAction: 'Adjusting needs the new action item.',
  actionOnlyWithAdjust: 'A new action item goes with adjust only.',

  meetingNotFound: 'No meeting #{{id}}.',
  periodBackwards: 'The period ends before it starts.',
  attendeeNotFound: 'No such staff member.',
  meetingProblemNotFound: 'No such problem.',
  notPeriodCostReport: 'No archived period cost report by that id.',
  meetingChangedElsewhere: 'Meeting #{{id}} was changed by someone else; reload it.',
  meetingChangedMeanwhile: 'Meeting #{{id}} changed while you were saving; try again.',
};
