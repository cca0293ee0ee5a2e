import type { ReasonTexts } from './types';

export const accessEn: ReasonTexts<'access'> = {
  signInFirst: 'Sign in first.',
  locked: 'This workstation is locked; enter your PIN to continue.',
  roleMayNot: 'Your role may not do this.',
  unknownRequest: 'This screen asked for something the Depot core does not know; update the app.',
};
