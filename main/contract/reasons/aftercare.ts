import { reasons } from './define';

// Aftercare (policy 6): follow-up calls, complaints.
export const aftercareReasons = reasons({
  followUpNotFound: { id: 'number' },
  /** Policy 3.6: a customer reached and answered closes the follow-up. */
  followUpDone: { id: 'number' },
  followUpChangedMeanwhile: { id: 'number' },
  followUpOtherTicket: { id: 'number' },

  complaintNotFound: { id: 'number' },
  /** A complaint is read by its responsible person and by those who oversee complaints. */
  complaintNotYours: { id: 'number' },
  /** Policy 3.6: complaints are routed to the responsible person by a supervisor or admin. */
  routeBySupervisor: {},
  /** Only the responsible person, or a supervisor, moves a complaint on. */
  inOthersHands: { id: 'number', name: 'string' },
  notRoutedYetSupervisorOnly: { id: 'number' },
  /** `state` is the complaint's status: open, in_progress, resolved, closed. */
  cannotRoute: { id: 'number', state: 'string' },
  cannotStart: { id: 'number', state: 'string' },
  cannotResolve: { id: 'number', state: 'string' },
  /** Policy 3.6: a complaint is never closed unresolved. */
  closeOnlyResolved: { id: 'number', state: 'string' },
  startNeedsResponsible: { id: 'number' },
  complaintChangedElsewhere: { id: 'number' },
  complaintChangedMeanwhile: { id: 'number' },
  responsibleNotActive: { id: 'number' },
  deadlinePast: {},
  /** Policy 3.4: a re-repair is for a unit already handed back to the customer. */
  rerepairStillAtDepot: { reportNo: 'string', status: 'string' },
});
