import type { ReasonTexts } from './types';

// A complaint's `state` reads as the complaint screen names it, nested from its resources.
const state = '$t(manage.complaints.status.{{state}})';

export const aftercareEn: ReasonTexts<'aftercare'> = {
  followUpNotFound: 'No follow-up #{{id}}.',
  followUpDone: 'Follow-up #{{id}} is already done; the customer was reached and answered.',
  followUpChangedMeanwhile: 'Follow-up #{{id}} changed while you were saving; try again.',
  followUpOtherTicket: 'Follow-up #{{id}} is about another ticket.',

  complaintNotFound: 'No complaint #{{id}}.',
  complaintNotYours: 'Complaint #{{id}} is not in your hands.',
  routeBySupervisor: 'A supervisor or admin routes complaints.',
  inOthersHands:
    'Complaint #{{id}} is in the hands of {{name}}; only they or a supervisor move it.',
  notRoutedYetSupervisorOnly:
    'Complaint #{{id}} is not routed to anyone yet; only a supervisor moves it.',
  cannotRoute: `Complaint #{{id}} (${state}) cannot be routed now.`,
  cannotStart: `Complaint #{{id}} (${state}) cannot be started now.`,
  cannotResolve: `Complaint #{{id}} (${state}) cannot be resolved now.`,
  closeOnlyResolved: `Complaint #{{id}} (${state}): a complaint is closed only once it is resolved (policy 3.6).`,
  startNeedsResponsible:
    'Complaint #{{id}} has no responsible person yet; a supervisor routes it first.',
  complaintChangedElsewhere:
    'Complaint #{{id}} was changed by someone else meanwhile; reload it and try again.',
  complaintChangedMeanwhile: 'Complaint #{{id}} changed while you were saving; try again.',
  responsibleNotActive: 'No active staff member #{{id}}.',
  deadlinePast: 'The deadline is already past.',
  rerepairStillAtDepot:
    '{{reportNo}} is still at the depot ({{status}}); a re-repair is for a unit already handed back.',
};
