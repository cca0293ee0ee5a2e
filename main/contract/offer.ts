import { refuse, type DepotError, type ErrorCode } from './errors';
import type { Actor, Role } from './roles';
import type { ReasonKey, ReasonParams } from './reasons';

// What a screen may offer (issue 11, item 1): the core evaluates each action of a view by the very
// function its handler refuses by, and sends the answer with the view. A button the screen shows
// is one the core accepts; a button it greys out says why, in the reader's language.

/** Why an action is refused: the reason a screen renders, the English message the log keeps. */
export type Refusal = { code: ErrorCode; message: string } & {
  [K in ReasonKey]: { reason: K; params: ReasonParams<K> };
}[ReasonKey];

/** One action of a view: allowed, or not, with the refusal the core would answer. */
export type Offer = { allowed: boolean; refusal: Refusal | null };

export function offerOf(refusal: Refusal | null): Offer {
  return { allowed: refusal === null, refusal };
}

/** The refusal as the error a handler throws; `field` when it is about an input. */
export function refusalError(
  refusal: Refusal,
  details?: Record<string, unknown>,
  field?: string,
): DepotError {
  // The union of (reason, params) pairs was checked where the refusal was built.
  return refuse(refusal.code, refusal.reason, {
    params: refusal.params as never,
    message: refusal.message,
    details,
    field,
  });
}

/** Throws the refusal, if any, as the handler's answer; `field` when it is about an input. */
export function throwRefusal(
  refusal: Refusal | null,
  details?: Record<string, unknown>,
  field?: string,
): void {
  if (refusal) throw refusalError(refusal, details, field);
}

/**
 * The refusal for a reader whose roles do not include one of `roles`, or null when they do:
 * `what` says what they may not do, for the log ("cancel a ticket").
 */
export function roleRefusal(actor: Actor, what: string, roles: readonly Role[]): Refusal | null {
  if (actor.roles.some((r) => roles.includes(r))) return null;
  return {
    code: 'FORBIDDEN',
    reason: 'access.roleMayNot',
    params: {},
    message: `${actor.displayName} may not ${what} (allowed: ${roles.join(', ')}).`,
  };
}
