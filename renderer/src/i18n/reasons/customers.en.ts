import type { ReasonTexts } from './types';

export const customersEn: ReasonTexts<'customers'> = {
  notFound: 'No customer #{{id}}.',
  phoneSearchDigits: 'A phone search needs at least 3 digits and no letters.',
  mergedInto: 'Customer #{{id}} was merged into #{{keptId}} {{keptName}}; use that customer.',
  alreadyMerged: 'Customer #{{id}} {{name}} was already merged into #{{keptId}} {{keptName}}.',
  mergeIntoItself: 'A customer cannot be merged into itself.',
  agreementsOverlap:
    'Agreement {{agreement}} of the duplicate overlaps agreement {{keptAgreement}} of the customer kept; end one of them first.',
};
