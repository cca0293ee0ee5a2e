import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { INTAKE_READ } from './access';
import { idSchema, isoDateSchema, limitSchema } from './fields';
import { listTickets, type TicketListRow } from './ticketListQuery';
import { TICKET_STATUSES } from '../bench/lifecycle';
import { WARRANTY_STATUSES } from './ticketSchemas';
import { depotTimeZone } from './zonedTime';

// The tickets list (issue 3, item 10): filters and keyset paging that stay fast at 1,000,000.

export type { TicketListRow };

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|(\d{1,15})$/;

const listInput = z
  .object({
    status: z.array(z.enum(TICKET_STATUSES)).max(TICKET_STATUSES.length).optional(),
    stationId: idSchema.optional(),
    warrantyStatus: z.enum(WARRANTY_STATUSES).optional(),
    emergency: z.boolean().optional(),
    /** Only tickets whose emergency promise is missed. */
    overdue: z.boolean().optional(),
    /** Local calendar days, inclusive. */
    reportedFrom: isoDateSchema.optional(),
    reportedTo: isoDateSchema.optional(),
    customerId: idSchema.optional(),
    unitId: idSchema.optional(),
    /** `nextCursor` of the previous page, as given. */
    cursor: z
      .string()
      .regex(CURSOR, 'Pass back nextCursor as given')
      .transform((c) => {
        const [, reportedAt, id] = CURSOR.exec(c)!;
        return { reportedAt, id: Number(id) };
      })
      .optional(),
    limit: limitSchema,
  })
  .strict()
  .refine((f) => !f.reportedFrom || !f.reportedTo || f.reportedFrom <= f.reportedTo, {
    message: 'reportedFrom is after reportedTo',
    path: ['reportedFrom'],
  });

export const ticketListHandlers = {
  'tickets/list': defineHandler({
    summary:
      'Tickets newest first, filtered by status, station, warranty, emergency, overdue and date range; keyset-paged.',
    access: INTAKE_READ,
    input: listInput,
    run: async (
      ctx,
      { cursor, ...f },
    ): Promise<{ rows: TicketListRow[]; nextCursor: string | null }> =>
      listTickets(ctx.db, { ...f, after: cursor }, ctx.now().toISOString(), depotTimeZone()),
  }),
};
