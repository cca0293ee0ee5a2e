import { reasons } from './define';

// Signing in, the PIN lockout and the first run.
export const sessionReasons = reasons({
  wrongPin: { triesLeft: 'number' },
  /** Too many wrong PINs; `lockedUntil` is an ISO instant. */
  accountLocked: { lockedUntil: 'string' },
  noActiveStaff: {},
  noRoles: {},
  alreadySetUp: {},
});
