import { reasons } from './define';

// Staff accounts (Settings → Staff) and one's own PIN.
export const staffReasons = reasons({
  notFound: { id: 'number' },
  usernameTaken: { username: 'string' },
  /** An admin may not lock themself out of the depot's administration. */
  notYourself: {},
});
