import type { ReasonTexts } from './types';

export const staffEn: ReasonTexts<'staff'> = {
  notFound: 'No staff member #{{id}}.',
  usernameTaken: 'The username "{{username}}" is already taken.',
  notYourself: 'You cannot deactivate yourself or remove your own admin role.',
};
