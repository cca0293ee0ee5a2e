import type { ReasonTexts } from './types';

export const coreEn: ReasonTexts<'core'> = {
  internal: 'Something went wrong in the Depot core; the details are in its log.',
  changedElsewhere: '{{record}} was changed by someone else; reload and try again.',
  changedMeanwhile: '{{record}} changed while you were saving; try again.',
};
