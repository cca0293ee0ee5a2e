import { reasons } from './define';

// The repair bench (policy 3.2-3.4): who works a ticket, and while it is on the bench.
export const benchReasons = reasons({
  /** Claiming and assigning are for tickets still on the bench. */
  notOnBench: { reportNo: 'string', status: 'string' },
  /** The repair log is open only in the working statuses. */
  notNow: { reportNo: 'string', status: 'string' },
  /** Policy 3.2: one named person works a repair; a technician claims it first. */
  notClaimed: { reportNo: 'string' },
  assignedToOther: { reportNo: 'string' },
  claimedBy: { reportNo: 'string', name: 'string' },
  alreadyYours: { reportNo: 'string' },
  claimedMeanwhile: { reportNo: 'string' },
  staffNotFound: { id: 'number' },
  notTechnician: { name: 'string' },

  /** The lifecycle (policy 3): which moves a ticket may make, and what each needs first. */
  cannotGo: { reportNo: 'string', status: 'string', to: 'string' },
  recordedElsewhere: { from: 'string', to: 'string' },
  /** Policy 3.2: out of warranty, nothing beyond diagnosis until the customer approves. */
  needsApprovedQuote: { reportNo: 'string' },
  coveredNoQuote: { reportNo: 'string' },
  /** Policy 3.4. */
  notAccepted: { reportNo: 'string' },
  /** Policy 3.3: no "ready for pickup" until the unit passed every test. */
  checklistNotPassed: { reportNo: 'string' },
  quoteNotDeclined: { reportNo: 'string' },
  noShipment: { reportNo: 'string' },
  acceptWhenReady: { reportNo: 'string', status: 'string' },

  /** Fault codes: symptom, cause, measure. */
  codeNotFound: { kind: 'string', code: 'string' },
  codeExists: { kind: 'string', code: 'string' },
  codeRetired: { kind: 'string', code: 'string', name: 'string' },
  faultTwice: { reportNo: 'string', symptom: 'string', cause: 'string', measure: 'string' },
  faultNotFound: { id: 'number', reportNo: 'string' },
  faultRemoved: { id: 'number', reportNo: 'string' },

  /** Labour timers. */
  timerRunning: {},
  noTimer: { reportNo: 'string' },
  timerStopped: { reportNo: 'string' },
  minutesOverElapsed: { elapsed: 'number' },
  timerLeftRunning: { elapsed: 'number' },

  /** The test checklist (policy 3.3). */
  checklistNeedsItem: {},
  testWhileTesting: { reportNo: 'string', status: 'string' },
  itemNotOnChecklist: { id: 'number' },
  checkRecordedMeanwhile: { code: 'string' },

  /** Quotes (policy 3.2). */
  quoteNotFound: { id: 'number' },
  quoteAnswered: { id: 'number', status: 'string' },
  quoteReplaced: { id: 'number' },
});
