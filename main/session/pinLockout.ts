import type { Knex } from 'knex';
import { refuse, type DepotError } from '../contract/errors';
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
  if (!row) return refuseUncounted(ctx, attempt);

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
  throw refuse('BAD_PIN', 'session.wrongPin', {
    params: { triesLeft },
    message: `Wrong PIN; ${triesLeft} tries left.`,
    field: attempt.field,
    details: { triesLeft },
  });
}

const REFUSED_LOCKED = {
  signInFailed: 'signInRefusedLocked',
  changePinFailed: 'changePinRefusedLocked',
} as const;

/**
 * Why an attempt was not even counted: no such active account, or it is locked out. Guessing
 * on at a locked account is evidence of an attack, so it is audited, but once per lockout (the
 * first such attempt): each refusal is one cheap network call, and one row per call would let
 * a script flood the append-only trail, which is never pruned.
 */
async function refuseUncounted(ctx: PinContext, attempt: PinAttempt): Promise<never> {
  const row: (PinAttemptRow & { active: number | boolean }) | undefined = await ctx
    .db('staff')
    .where({ id: attempt.staffId })
    .first('display_name', 'pin_hash', 'failed_pins', 'locked_until', 'active');
  if (!row || !row.active)
    throw refuse('NOT_FOUND', 'session.noActiveStaff', {
      message: 'No active staff member with that id.',
    });
  if (row.locked_until !== null) {
    const lockedUntil = row.locked_until;
    const since = new Date(Date.parse(lockedUntil) - LOCKOUT_MINUTES * 60_000).toISOString();
    const action = REFUSED_LOCKED[attempt.failedAction];
    // Checked in the writing transaction: SQLite runs one at a time, so parallel refusals
    // leave one row.
    await ctx.write(async (trx, audit) => {
      const logged = await trx('audit_log')
        .where({ entity: 'staff', entity_id: String(attempt.staffId), action })
        .andWhere('at', '>=', since)
        .first('id');
      if (!logged)
        await audit({ entity: 'staff', entityId: attempt.staffId, action, after: { lockedUntil } });
    });
  }
  throw lockedOut(row);
}

function lockedOut(row: PinAttemptRow): DepotError {
  const lockedUntil = row.locked_until ?? '';
  return refuse('ACCOUNT_LOCKED', 'session.accountLocked', {
    params: { lockedUntil },
    message: `Too many wrong PINs: ${row.display_name} is locked until ${row.locked_until}.`,
    details: { lockedUntil: row.locked_until },
  });
}
