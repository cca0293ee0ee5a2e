import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { rejudgeOnTime } from '../outcomes/onTime';
import { storedSettingsIn } from '../outcomes/outcomes';
import { settingsPatchSchema, type Settings } from './settingsSchema';

export const settingsHandlers = {
  'settings/get': defineHandler({
    summary:
      'The depot settings: header for documents, language, policy values, calendar, security.',
    access: 'signedIn',
    input: z.object({}).strict(),
    run: async (ctx): Promise<Settings> => ctx.services.settings.current(),
  }),

  'settings/update': defineHandler({
    summary:
      'Changes some settings sections; each changed section is audited with before and after.',
    access: ['admin'],
    input: settingsPatchSchema,
    run: async (ctx, patch): Promise<Settings> => {
      const store = ctx.services.settings;
      await ctx.write(async (trx, audit) => {
        await store.update(trx, patch, ctx.actor.id, ctx.now().toISOString(), audit);
        // On time follows today's calendar and targets, past periods included (policy 4).
        if (patch.calendar || patch.appraisal?.turnaroundWorkingDays !== undefined) {
          await rejudgeOnTime(trx, await storedSettingsIn(trx));
        }
      });
      return store.load(ctx.db);
    },
  }),
};
