import type { Knex } from 'knex';
import { DepotError } from '../contract/errors';
import type { Audit, HandlerContext } from '../contract/handler';
import { verifyPin } from '../staff/pin';
import { clearFailedPins, countPinAttempt, type PinAttemptRow } from '../staff/staffRepo';

// A wrong PIN five times in a row locks the account for five minutes: a 4-digit PIN must not be
// guessable, neither by trying at the shared workstation nor by a script sending guesses in
// parallel. Every place that checks a staff member's PIN goes through `withPin`.
export const MAX_FAILED_PINS = 5;
export const LOCKOUT_MINUTES = 5;

export type PinAttempt = {
  staffId: number;
  pin: string;
  /** Audit action of a wrong PIN that does not lock the account yet. */
  failedAction: 'signInFailed' | 'changePinFailed';
  /** The PIN's field in the caller's form, for the refusal. */
  field?: string;
};

type PinContext = Pick<HandlerContext, 'db' | 'write' | 'now'>;

/**
 * Checks a staff member's PIN under the lockout rule. The attempt is counted before the slow
 * check; a locked account is refused without checking. On the right PIN, `onCorrect` runs in the
 * transaction that clears the count; a wrong one is audited and refused (BAD_PIN with the tries
 * left, or ACCOUNT_LOCKED when it was the last).
 */
export async function withPin<T = void>(
  ctx: PinContext,
  attempt: PinAttempt,
  onCorrect?: (trx: Knex.Transaction, audit: Audit) => Promise<T>,
): Promise<T | undefined> {
  const now = ctx.now();
  const lockUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
  const row = await countPinAttempt(ctx.db, attempt.staffId, {
    now: now.toISOString(),
    max: MAX_FAILED_PINS,
    lockUntil,
  });
  if (!row) return refuseUncounted(ctx.db, attempt.staffId);

  if (await verifyPin(attempt.pin, row.pin_hash)) {
    return ctx.write(async (trx, audit) => {
      await clearFailedPins(trx, attempt.staffId);
      return onCorrect?.(trx, audit);
    });
  }

  const locked = row.locked_until !== null;
  await ctx.write((_trx, audit) =>
    audit({
      entity: 'staff',
      entityId: attempt.staffId,
      action: locked ? 'lockedOut' : attempt.failedAction,
    }),
  );
  if (locked) throw lockedOut(row);
  const triesLeft = MAX_FAILED_PINS - row.failed_pins;
  throw new DepotError('BAD_PIN', `Wrong PIN; ${triesLeft} tries left.`, {
    triesLeft,
    ...(attempt.field && { field: attempt.field }),
  });
}

/** Why an attempt was not even counted: no such active account, or it is locked out. */
async function refuseUncounted(db: Knex, staffId: number): Promise<never> {
  const row: (PinAttemptRow & { active: number | boolean }) | undefined = await db('staff')
    .where({ id: staffId })
    .first('display_name', 'pin_hash', 'failed_pins', 'locked_until', 'active');
  if (!row || !row.active)
    throw new DepotError('NOT_FOUND', 'No active staff member with that id.');
  throw lockedOut(row);
}

function lockedOut(row: PinAttemptRow): DepotError {
  return new DepotError(
    'ACCOUNT_LOCKED',
    `Too many wrong PINs: ${row.display_name} is locked until ${row.locked_until}.`,
    { lockedUntil: row.locked_until },
  );
}
