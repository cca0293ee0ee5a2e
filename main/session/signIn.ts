import type { Knex } from 'knex';
import { DepotError } from '../contract/errors';
import type { Actor } from '../contract/roles';
import type { Audit } from '../contract/handler';
import { verifyPin } from '../staff/pin';
import { findStaff, toActor, type StaffRow } from '../staff/staffRepo';

// A wrong PIN five times in a row locks the account for five minutes: a 4-digit PIN must not be
// guessable by trying at the shared workstation.
export const MAX_FAILED_PINS = 5;
export const LOCKOUT_MINUTES = 5;

type Writer = <T>(work: (trx: Knex.Transaction, audit: Audit) => Promise<T>) => Promise<T>;

export async function checkPin(
  db: Knex,
  write: Writer,
  staffId: number,
  pin: string,
  now: Date,
): Promise<Actor> {
  const row: StaffRow | undefined = await db('staff').where({ id: staffId }).first();
  if (!row || !row.active)
    throw new DepotError('NOT_FOUND', 'No active staff member with that id.');

  if (row.locked_until && row.locked_until > now.toISOString()) {
    throw new DepotError(
      'ACCOUNT_LOCKED',
      `Too many wrong PINs: ${row.display_name} is locked until ${row.locked_until}.`,
      { lockedUntil: row.locked_until },
    );
  }

  const ok = await verifyPin(pin, row.pin_hash);
  if (ok) {
    await write(async (trx, audit) => {
      await trx('staff').where({ id: staffId }).update({ failed_pins: 0, locked_until: null });
      await audit({ entity: 'staff', entityId: staffId, action: 'signIn' });
    });
    const summary = await findStaff(db, staffId);
    if (!summary || summary.roles.length === 0) {
      throw new DepotError('FORBIDDEN', 'This staff member has no roles.');
    }
    return toActor(summary);
  }

  const failed = row.failed_pins + 1;
  const lock = failed >= MAX_FAILED_PINS;
  const lockedUntil = lock
    ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString()
    : null;
  await write(async (trx, audit) => {
    await trx('staff')
      .where({ id: staffId })
      .update({ failed_pins: lock ? 0 : failed, locked_until: lockedUntil });
    await audit({
      entity: 'staff',
      entityId: staffId,
      action: lock ? 'lockedOut' : 'signInFailed',
    });
  });
  if (lock) {
    throw new DepotError(
      'ACCOUNT_LOCKED',
      `Too many wrong PINs: ${row.display_name} is locked for ${LOCKOUT_MINUTES} minutes.`,
      { lockedUntil },
    );
  }
  throw new DepotError('BAD_PIN', `Wrong PIN; ${MAX_FAILED_PINS - failed} tries left.`, {
    triesLeft: MAX_FAILED_PINS - failed,
  });
}
