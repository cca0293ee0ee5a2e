import { refuse } from '../contract/errors';
import type { HandlerContext } from '../contract/handler';
import type { Actor } from '../contract/roles';
import { findStaff, toActor } from '../staff/staffRepo';
import { withPin } from './pinLockout';

/** Checks a staff member's PIN under the lockout rule and audits the sign-in. */
export async function checkPin(
  ctx: Pick<HandlerContext, 'db' | 'write' | 'now'>,
  staffId: number,
  pin: string,
): Promise<Actor> {
  await withPin(ctx, { staffId, pin, failedAction: 'signInFailed' }, (_trx, audit) =>
    audit({ entity: 'staff', entityId: staffId, action: 'signIn' }),
  );
  const summary = await findStaff(ctx.db, staffId);
  if (!summary || summary.roles.length === 0) {
    throw refuse('FORBIDDEN', 'session.noRoles', { message: 'This staff member has no roles.' });
  }
  return toActor(summary);
}
