import { reasons } from './define';

// Appraisal and insight: staff indicators, training, turnaround, the dashboard's reports.
export const appraisalReasons = reasons({
  /** Policy 4: training is recorded once it has been held, never ahead. */
  trainingNotYetHeld: { today: 'string' },
  /** Policy 4, confidentiality: a staff member's record is theirs and their appraisers'. */
  othersTraining: {},
  stationNotFound: { id: 'number' },
});
