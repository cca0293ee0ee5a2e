import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import type { Actor } from '../contract/roles';
import { displayNameSchema, pinSchema, staffIdSchema, usernameSchema } from '../staff/staffSchemas';
import { hashPin } from '../staff/pin';
import { claimSetup, insertStaff, listStaff, toActor } from '../staff/staffRepo';
import { isUniqueViolation } from '../intake/rows';
import { checkPin } from './signIn';

export type SessionStatus = {
  needsSetup: boolean;
  state: 'signedOut' | 'signedIn' | 'locked';
  staff: Actor | null;
  autoLockMinutes: number;
  defaultLanguage: 'en' | 'zh-TW';
  /**
   * The channels the signed-in staff member may call (empty when nobody is, or when locked): the
   * screens offer what these allow, by the core's own access rule.
   */
  allowed: string[];
};

const alreadySetUp = () =>
  refuse('CONFLICT', 'session.alreadySetUp', {
    message: 'Depot is already set up; ask an admin for an account.',
  });

export const sessionHandlers = {
  'session/status': defineHandler({
    summary: 'Who is signed in on this client, whether the depot still needs its first admin.',
    access: 'public',
    input: z.object({}).strict(),
    run: async (ctx): Promise<SessionStatus> => {
      const count = await ctx.db('staff').count<{ n: number }[]>({ n: '*' });
      const settings = ctx.services.settings.current();
      const state = ctx.session.state();
      return {
        needsSetup: Number(count[0].n) === 0,
        state: state.status,
        staff: state.status === 'signedOut' ? null : state.actor,
        autoLockMinutes: settings.security.autoLockMinutes,
        defaultLanguage: settings.locale.defaultLanguage,
        allowed: state.status === 'signedIn' ? ctx.channelsFor(state.actor) : [],
      };
    },
  }),

  'session/setup': defineHandler({
    summary: 'First start only: creates the first admin and signs them in.',
    access: 'public',
    input: z
      .object({ username: usernameSchema, displayName: displayNameSchema, pin: pinSchema })
      .strict(),
    run: async (ctx, input): Promise<Actor> => {
      const pinHash = await hashPin(input.pin);
      const id = await ctx.write(async (trx, audit) => {
        const count = await trx('staff').count<{ n: number }[]>({ n: '*' });
        if (Number(count[0].n) > 0) throw alreadySetUp();
        const at = ctx.now().toISOString();
        const newId = await insertStaff(trx, { ...input, roles: ['admin'], pinHash, at });
        // The count above may not see a concurrent setup (READ COMMITTED on a server database):
        // the one claim row decides, and the losing setup rolls back with its admin.
        await claimSetup(trx, newId, at).catch((error: unknown) => {
          throw isUniqueViolation(error) ? alreadySetUp() : error;
        });
        await audit({
          entity: 'staff',
          entityId: newId,
          action: 'setup',
          after: { username: input.username, displayName: input.displayName, roles: ['admin'] },
        });
        return newId;
      });
      const actor: Actor = {
        id,
        username: input.username,
        displayName: input.displayName,
        roles: ['admin'],
      };
      ctx.session.signIn(actor);
      return actor;
    },
  }),

  'session/signIn': defineHandler({
    summary: 'Signs a staff member in on this client with their PIN (switching staff, unlocking).',
    access: 'public',
    input: z.object({ staffId: staffIdSchema, pin: pinSchema }).strict(),
    run: async (ctx, input): Promise<Actor> => {
      const actor = await checkPin(ctx, input.staffId, input.pin);
      ctx.session.signIn(actor);
      return actor;
    },
  }),

  'session/lock': defineHandler({
    summary: 'Locks this workstation; the PIN is needed to continue.',
    access: 'public',
    input: z.object({}).strict(),
    run: async (ctx): Promise<null> => {
      ctx.session.lock();
      return null;
    },
  }),

  'session/signOut': defineHandler({
    summary: 'Signs out of this client.',
    access: 'public',
    input: z.object({}).strict(),
    run: async (ctx): Promise<null> => {
      ctx.session.signOut();
      return null;
    },
  }),

  'session/roster': defineHandler({
    summary: 'Active staff to choose from on the sign-in screen (names and roles only).',
    access: 'public',
    input: z.object({}).strict(),
    run: async (ctx) => (await listStaff(ctx.db, true)).map(toActor),
  }),
};
