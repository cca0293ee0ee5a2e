import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { idSchema } from '../intake/fields';
import { BENCH_READ } from './access';
import { ticketHistory, type HistoryEntry } from './ticketHistory';

// A ticket's timeline on its own (issue 11, item 5), for screens that show the ticket without
// the bench's view: the desk's ticket drawer.
export const historyHandlers = {
  'tickets/history': defineHandler({
    summary:
      'Everything that happened to a ticket, from the audit trail: intake, notes, fault codes, labour, requisitions, quotes, documents, payments and status changes, each with who and when.',
    access: BENCH_READ,
    input: z.object({ ticketId: idSchema }).strict(),
    run: async (ctx, input): Promise<HistoryEntry[]> => {
      const found = (await ctx.db('tickets').where({ id: input.ticketId }).first('id')) as
        { id: number } | undefined;
      if (!found) {
        throw refuse('NOT_FOUND', 'intake.ticketNotFound', {
          params: { id: input.ticketId },
          field: 'ticketId',
          message: `ticketId: no ticket #${input.ticketId}`,
        });
      }
      return ticketHistory(ctx.db, input.ticketId, ctx.actor);
    },
  }),
};
