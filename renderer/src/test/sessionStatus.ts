import type { Actor } from '../../../main/contract/roles';
import type { SessionStatus } from '../../../main/session/handlers';
import { allowedFor } from '../../../main/testing/allowedFor';
import { useSession } from '../stores/session';

/**
 * A session/status reply for component tests: `staff` signed in, with `allowed` computed by the
 * core's own handler map, as the core would send it (never a list written by hand).
 */
export function signedInStatus(staff: Actor, over: Partial<SessionStatus> = {}): SessionStatus {
  return {
    needsSetup: false,
    state: 'signedIn',
    staff,
    autoLockMinutes: 10,
    defaultLanguage: 'en',
    allowed: allowedFor(staff.roles),
    ...over,
  };
}

/** A session/status reply with nobody signed in. */
export function signedOutStatus(over: Partial<SessionStatus> = {}): SessionStatus {
  return {
    needsSetup: false,
    state: 'signedOut',
    staff: null,
    autoLockMinutes: 10,
    defaultLanguage: 'en',
    allowed: [],
    ...over,
  };
}

/** Puts `staff` in the session store as signed in (see `signedInStatus`). */
export function signInStaff(staff: Actor): void {
  useSession.setState({ status: signedInStatus(staff) });
}
