import { reasons } from './define';

// The dispatcher's refusals, before any handler runs. What staff read never names a channel or a
// role list: the log keeps those (errors.ts `message`).
export const accessReasons = reasons({
  /** Nobody is signed in on this workstation. */
  signInFirst: {},
  /** The workstation locked itself after idle minutes. */
  locked: {},
  /** The signed-in person's roles do not allow the request. */
  roleMayNot: {},
  /** The renderer asked for a request this core does not have (a version mismatch). */
  unknownRequest: {},
});
