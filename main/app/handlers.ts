import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';

export const appHandlers = {
  'app/info': defineHandler({
    summary: 'Version and host of this Depot (desktop app or browser mode).',
    access: 'public',
    input: z.object({}).strict(),
    run: async (ctx) => ({ version: ctx.services.host.version, host: ctx.services.host.kind }),
  }),

  'app/installUpdate': defineHandler({
    summary: 'Restarts the desktop app to install a downloaded update.',
    access: 'signedIn',
    input: z.object({}).strict(),
    run: async (ctx): Promise<null> => {
      const install = ctx.services.host.installUpdate;
      if (!install) {
        throw refuse('RULE', 'core.updatesDesktopOnly', {
          message: 'Updates are installed by the desktop app only.',
        });
      }
      install();
      return null;
    },
  }),
};
