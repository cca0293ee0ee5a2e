import type { ReasonTexts } from './types';

export const benchEn: ReasonTexts<'bench'> = {
  notOnBench: '{{reportNo}} is {{status}}; it is not on the bench.',
  notNow: '{{reportNo}} is {{status}}; this is not possible now.',
  notClaimed: '{{reportNo}} is not claimed yet; claim it first.',
  assignedToOther:
    '{{reportNo}} is assigned to another technician; ask a supervisor to reassign it.',
  claimedBy: '{{reportNo}} is already claimed by {{name}}; a supervisor can reassign it.',
  alreadyYours: '{{reportNo}} is already yours.',
  claimedMeanwhile: '{{reportNo}} was claimed meanwhile.',
  staffNotFound: 'No active staff member #{{id}}.',
  notTechnician: '{{name}} is not a technician.',

  cannotGo: '{{reportNo}} is {{status}}; it cannot go to {{to}}.',
  recordedElsewhere: 'Going from {{from}} to {{to}} is recorded on its own screen.',
  needsApprovedQuote:
    '{{reportNo}} is not covered by the warranty and the customer has not approved a quote; nothing is repaired beyond diagnosis until they do (policy 3.2).',
  coveredNoQuote:
    '{{reportNo}} is covered by the warranty; the company bears the repair, there is nothing to quote.',
  notAccepted: 'The customer has not accepted the repair of {{reportNo}} (policy 3.4).',
  checklistNotPassed: 'The test checklist of {{reportNo}} has not passed (policy 3.3).',
  quoteNotDeclined: 'The customer has not declined the quote for {{reportNo}}.',
  noShipment: '{{reportNo}} has no shipment to the factory on record.',
  acceptWhenReady:
    '{{reportNo}} is {{status}}; the customer accepts a repair when it is ready for pickup.',

  codeNotFound: 'No {{kind}} code {{code}}.',
  codeExists: '{{kind}} code {{code}} already exists; open it to change it.',
  codeRetired: '{{kind}} code {{code}} ({{name}}) is retired; pick another.',
  faultTwice: '{{reportNo}} already has the fault {{symptom}} / {{cause}} / {{measure}}.',
  faultNotFound: 'No fault #{{id}} on {{reportNo}}.',
  faultRemoved: 'Fault #{{id}} was already removed from {{reportNo}}.',

  timerRunning: 'Your timer on this ticket is already running.',
  noTimer: 'You have no timer running on {{reportNo}}.',
  timerStopped: 'Your timer on {{reportNo}} was already stopped.',
  minutesOverElapsed:
    'The timer ran {{elapsed}} minutes; record at most that, and add other work with its own entry.',
  timerLeftRunning:
    'The timer ran {{elapsed}} minutes, more than 12 hours; it was probably left running. Stop it with the minutes actually worked.',

  checklistNeedsItem: 'The default checklist needs at least one item.',
  testWhileTesting:
    '{{reportNo}} is {{status}}; test results are recorded while it is in testing (policy 3.3).',
  itemNotOnChecklist:
    "Item #{{id}} is not on the checklist this ticket's product type is tested with.",
  checkRecordedMeanwhile: '{{code}} was recorded meanwhile; reload and check again.',

  quoteNotFound: 'No quote #{{id}}.',
  quoteAnswered: 'Quote #{{id}} was already {{status}}.',
  quoteReplaced: 'Quote #{{id}} was replaced by a newer quote; answer that one.',
};
