import type { ReasonTexts } from './types';

export const sessionEn: ReasonTexts<'session'> = {
  wrongPin: 'Wrong PIN. Tries left before the account locks: {{triesLeft}}.',
  accountLocked: 'Too many wrong PINs: this account is locked until {{lockedUntil}}.',
  noActiveStaff: 'No active staff account by that name.',
  noRoles: 'This staff account has no roles; ask an administrator.',
  alreadySetUp: 'This depot is already set up; ask an administrator for an account.',
};
