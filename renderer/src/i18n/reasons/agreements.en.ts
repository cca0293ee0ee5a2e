import type { ReasonTexts } from './types';

export const agreementsEn: ReasonTexts<'agreements'> = {
  agreementNotFound: 'No warranty agreement #{{id}}.',
  referenceNoUsed: 'Agreement number {{referenceNo}} is already used.',
  overlaps: 'Agreement {{referenceNo}} already covers these units on some of these days.',
  withdrawn: 'Agreement {{referenceNo}} was withdrawn.',
  endsEarlierOnly:
    'Agreement {{referenceNo}} already ends on {{validTo}}; it can only end earlier.',
  usedUntil:
    'A ticket taken in on {{intakeDate}} was decided under agreement {{referenceNo}}; it cannot end before that day (policy 2).',
};
