import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { inboxOf } from './inbox';

export const inboxHandlers = {
  'inbox/mine': defineHandler({
    summary:
      'What waits on the signed-in person, by role: requisitions to approve, parts to issue, tickets assigned to me, overdue follow-ups.',
    access: 'signedIn',
    input: z.object({}).strict(),
    run: async (ctx) => inboxOf(ctx.db, ctx.actor, ctx.now()),
  }),
};
