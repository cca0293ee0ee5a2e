import type { ReasonTexts } from './types';

export const appraisalEn: ReasonTexts<'appraisal'> = {
  trainingNotYetHeld: 'Record training once it has been held (today is {{today}}).',
  othersTraining: "Only a supervisor or admin reads another's training.",
  stationNotFound: 'No repair station #{{id}}.',
};
