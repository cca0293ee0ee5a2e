import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { line } from '../contract/text';
import { refuse } from '../contract/errors';
import { INTAKE_READ } from '../intake/access';
import { ticketRowsByIds, type TicketListRow } from '../intake/ticketListQuery';
import { QueryTooShort } from './searchText';
import { searchTicketIds } from './ticketSearch';

export const searchHandlers = {
  'tickets/search': defineHandler({
    summary:
      'Quick search: tickets by report number, serial, model code, customer phone or name (Chinese substrings too), newest first.',
    access: INTAKE_READ,
    input: z
      .object({
        // Under the text rule: a NUL or a broken character is bad input, not a failed search.
        query: line('Search text', 100),
        beforeId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
    run: async (ctx, input): Promise<TicketListRow[]> => {
      let ids: number[];
      try {
        ids = await searchTicketIds(ctx.db, input.query, {
          limit: input.limit,
          beforeId: input.beforeId,
        });
      } catch (error) {
        if (error instanceof QueryTooShort) {
          throw refuse('VALIDATION', 'intake.queryTooShort', {
            field: 'query',
            message: `query: ${error.message}`,
          });
        }
        throw error;
      }
      return ticketRowsByIds(ctx.db, ids, ctx.now().toISOString());
    },
  }),
};
