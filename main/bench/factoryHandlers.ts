import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { idSchema, optionalLine, requiredLine } from '../intake/fields';
import { insertedId } from '../intake/rows';
import { BENCH_DESK, BENCH_WORK } from './access';
import { benchTicketView, type BenchTicketView } from './benchTicket';
import { mustFindBenchTicket } from './ticketAccess';
import { moveTicket } from './transition';

// Return to factory (返廠維修, issue 5, item 7): a unit the depot cannot repair goes to the
// factory with a form, a carrier and a tracking number; the ticket waits "at factory" until it
// comes back, with the factory's report.

const versionSchema = z.number().int().positive();

export const factoryHandlers = {
  'factory/send': defineHandler({
    summary:
      'Sends the unit to the factory: carrier, tracking number and the fault as described to the factory; the ticket waits at factory.',
    access: BENCH_WORK,
    input: z
      .object({
        ticketId: idSchema,
        version: versionSchema,
        carrier: requiredLine('Carrier', 80),
        trackingNo: requiredLine('Tracking number', 60),
        fault: requiredLine('Fault for the factory', 500),
      })
      .strict(),
    run: async (ctx, input): Promise<BenchTicketView & { shipmentId: number }> => {
      const shipmentId = await ctx.write(async (trx, audit) => {
        const ticket = await mustFindBenchTicket(trx, input.ticketId);
        const at = ctx.now();
        await moveTicket(trx, audit, {
          ticket,
          to: 'at_factory',
          version: input.version,
          actor: ctx.actor,
          at,
          note: `${input.carrier} ${input.trackingNo}`,
          channel: 'factory/send',
        });
        const [row] = await trx('factory_shipments')
          .insert({
            ticket_id: ticket.id,
            carrier: input.carrier,
            tracking_no: input.trackingNo,
            fault: input.fault,
            sent_by: ctx.actor.id,
            sent_at: at.toISOString(),
          })
          .returning('id');
        const id = insertedId(row);
        await audit({
          entity: 'ticket',
          entityId: ticket.id,
          action: 'toFactory',
          after: { shipmentId: id, ...input },
        });
        return id;
      });
      const view = await benchTicketView(
        ctx.db,
        input.ticketId,
        ctx.actor,
        ctx.now().toISOString(),
      );
      return { ...view, shipmentId };
    },
  }),

  'factory/receive': defineHandler({
    summary:
      "Records the unit back from the factory with the factory's report; the ticket returns to the bench.",
    access: BENCH_DESK,
    input: z
      .object({
        ticketId: idSchema,
        version: versionSchema,
        factoryReport: optionalLine("Factory's report", 500),
      })
      .strict(),
    run: async (ctx, input): Promise<BenchTicketView> => {
      await ctx.write(async (trx, audit) => {
        const ticket = await mustFindBenchTicket(trx, input.ticketId);
        const at = ctx.now();
        const open = (await trx('factory_shipments')
          .where({ ticket_id: ticket.id })
          .whereNull('received_at')
          .orderBy('id', 'desc')
          .first('id')) as { id: number } | undefined;
        if (!open && ticket.status === 'at_factory') {
          throw refuse('RULE', 'bench.noShipment', {
            params: { reportNo: ticket.reportNo },
            message: `${ticket.reportNo} has no shipment to the factory on record.`,
          });
        }
        await moveTicket(trx, audit, {
          ticket,
          to: 'back_from_factory',
          version: input.version,
          actor: ctx.actor,
          at,
          note: input.factoryReport,
          channel: 'factory/receive',
        });
        await trx('factory_shipments')
          .where({ id: open?.id ?? 0 })
          .update({
            received_by: ctx.actor.id,
            received_at: at.toISOString(),
            factory_report: input.factoryReport,
          });
      });
      return benchTicketView(ctx.db, input.ticketId, ctx.actor, ctx.now().toISOString());
    },
  }),
};
