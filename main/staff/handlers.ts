import type { Knex } from 'knex';
import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { DepotError, refuse } from '../contract/errors';
import {
  displayNameSchema,
  pinSchema,
  rolesSchema,
  staffIdSchema,
  usernameSchema,
} from './staffSchemas';
import { hashPin } from './pin';
import { withPin } from '../session/pinLockout';
import { findStaff, insertStaff, listStaff, toActor, type StaffSummary } from './staffRepo';

async function mustFind(ctx: { db: Knex }, id: number): Promise<StaffSummary> {
  const staff = await findStaff(ctx.db, id);
  if (!staff)
    throw refuse('NOT_FOUND', 'staff.notFound', {
      params: { id },
      message: `No staff member #${id}.`,
    });
  return staff;
}

export const staffHandlers = {
  'staff/list': defineHandler({
    summary: 'All staff accounts with roles and status.',
    access: ['admin', 'supervisor'],
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    run: async (ctx, input) => listStaff(ctx.db, !input.includeInactive),
  }),

  'staff/create': defineHandler({
    summary: 'Creates a staff account with roles and an initial PIN.',
    access: ['admin'],
    input: z
      .object({
        username: usernameSchema,
        displayName: displayNameSchema,
        roles: rolesSchema,
        pin: pinSchema,
      })
      .strict(),
    run: async (ctx, input): Promise<StaffSummary> => {
      const pinHash = await hashPin(input.pin);
      const id = await ctx.write(async (trx, audit) => {
        const taken = await trx('staff').where({ username: input.username }).first('id');
        if (taken)
          throw refuse('CONFLICT', 'staff.usernameTaken', {
            params: { username: input.username },
            field: 'username',
            message: `Username "${input.username}" is already taken.`,
          });
        const at = ctx.now().toISOString();
        const newId = await insertStaff(trx, { ...input, pinHash, at });
        await audit({
          entity: 'staff',
          entityId: newId,
          action: 'create',
          after: { username: input.username, displayName: input.displayName, roles: input.roles },
        });
        return newId;
      });
      return mustFind(ctx, id);
    },
  }),

  'staff/update': defineHandler({
    summary:
      "Changes a staff account's name, roles or active flag (optimistic: pass the version you saw).",
    access: ['admin'],
    input: z
      .object({
        id: staffIdSchema,
        version: z.number().int().positive(),
        displayName: displayNameSchema.optional(),
        roles: rolesSchema.optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    run: async (ctx, input): Promise<StaffSummary> => {
      if (
        input.id === ctx.actor.id &&
        (input.active === false || (input.roles && !input.roles.includes('admin')))
      ) {
        throw refuse('RULE', 'staff.notYourself', {
          message: 'You cannot deactivate yourself or remove your own admin role.',
        });
      }
      await ctx.write(async (trx, audit) => {
        const before = await findStaff(trx, input.id);
        if (!before) {
          throw refuse('NOT_FOUND', 'staff.notFound', {
            params: { id: input.id },
            message: `No staff member #${input.id}.`,
          });
        }
        if (before.version !== input.version) {
          throw refuse('CONFLICT', 'core.changedElsewhere', {
            params: { record: before.displayName },
            message: `${before.displayName} was changed by someone else; reload and try again.`,
            details: { expected: input.version, actual: before.version },
          });
        }
        await trx('staff')
          .where({ id: input.id })
          .update({
            ...(input.displayName !== undefined && { display_name: input.displayName }),
            ...(input.active !== undefined && { active: input.active }),
            updated_at: ctx.now().toISOString(),
            version: before.version + 1,
          });
        if (input.roles) {
          await trx('staff_roles').where({ staff_id: input.id }).delete();
          await trx('staff_roles').insert(
            input.roles.map((role) => ({ staff_id: input.id, role })),
          );
        }
        const after = await findStaff(trx, input.id);
        await audit({ entity: 'staff', entityId: input.id, action: 'update', before, after });
      });
      const after = await mustFind(ctx, input.id);
      ctx.services.sessions.refreshActor(after.active ? toActor(after) : null, after.id);
      return after;
    },
  }),

  'staff/resetPin': defineHandler({
    summary: 'An admin sets a new PIN for a staff member and clears any lockout.',
    access: ['admin'],
    input: z.object({ id: staffIdSchema, pin: pinSchema }).strict(),
    run: async (ctx, input): Promise<null> => {
      await mustFind(ctx, input.id);
      const pinHash = await hashPin(input.pin);
      await ctx.write(async (trx, audit) => {
        await trx('staff').where({ id: input.id }).update({
          pin_hash: pinHash,
          failed_pins: 0,
          locked_until: null,
          updated_at: ctx.now().toISOString(),
        });
        await audit({ entity: 'staff', entityId: input.id, action: 'resetPin' });
      });
      return null;
    },
  }),

  'staff/changePin': defineHandler({
    summary: 'The signed-in staff member changes their own PIN.',
    access: 'signedIn',
    input: z.object({ currentPin: pinSchema, newPin: pinSchema }).strict(),
    run: async (ctx, input): Promise<null> => {
      const attempt = {
        staffId: ctx.actor.id,
        pin: input.currentPin,
        failedAction: 'changePinFailed',
        field: 'currentPin',
      } as const;
      await withPin(ctx, attempt).catch((error: unknown) => {
        // Whoever is guessing at an open session must not keep it: a lockout locks it too.
        if (error instanceof DepotError && error.code === 'ACCOUNT_LOCKED') ctx.session.lock();
        throw error;
      });
      // Hashed only after the check, outside the transaction: scrypt is slow on purpose.
      const pinHash = await hashPin(input.newPin);
      await ctx.write(async (trx, audit) => {
        await trx('staff')
          .where({ id: ctx.actor.id })
          .update({ pin_hash: pinHash, updated_at: ctx.now().toISOString() });
        await audit({ entity: 'staff', entityId: ctx.actor.id, action: 'changePin' });
      });
      return null;
    },
  }),
};
