import { z } from 'zod';
import { storeAttachmentFile } from '../attachments/attachmentFiles';
import { insertAttachment } from '../attachments/attachmentRepo';
import { imageSchema, SIGNATURE_LIMITS } from '../attachments/imageData';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { idSchema, requiredLine } from '../intake/fields';
import { insertedId } from '../intake/rows';
import { depotTimeZone } from '../intake/zonedTime';
import { BENCH_DESK } from './access';
import { benchTicketView, type BenchTicketView } from './benchTicket';
import { openRerepair } from './rerepair';
import { mustFindBenchTicket, type BenchTicket } from './ticketAccess';
import { moveTicket } from './transition';

// Customer acceptance (驗收, policy 3.4): at pickup the customer checks the repair and either
// accepts it, signing on screen, and takes the unit (delivered), or rejects it with a reason,
// which closes this ticket and opens a re-repair linked to it.

const versionSchema = z.number().int().positive();

function mustBeReady(ticket: BenchTicket): void {
  if (ticket.status !== 'ready_for_pickup') {
    throw refuse('RULE', 'bench.acceptWhenReady', {
      params: { reportNo: ticket.reportNo, status: ticket.status },
      message: `${ticket.reportNo} is ${ticket.status.replaceAll('_', ' ')}; the customer accepts a repair when it is ready for pickup.`,
      details: { status: ticket.status },
    });
  }
}

export const acceptanceHandlers = {
  'acceptance/accept': defineHandler({
    summary:
      'The customer accepts the repair and signs (PNG or JPEG, at most 64 KB); the unit is delivered (policy 3.4).',
    access: BENCH_DESK,
    input: z
      .object({
        ticketId: idSchema,
        version: versionSchema,
        signature: imageSchema(SIGNATURE_LIMITS),
      })
      .strict(),
    run: async (ctx, input): Promise<BenchTicketView> => {
      // Checked before the signature file is written, so a refused acceptance leaves no file
      // behind (issue 9: a refused call changes nothing); checked again in the transaction.
      mustBeReady(await mustFindBenchTicket(ctx.db, input.ticketId));
      const file = await storeAttachmentFile(
        ctx.services.dataDir,
        input.signature.data,
        input.signature.mime,
      );
      await ctx.write(async (trx, audit) => {
        const ticket = await mustFindBenchTicket(trx, input.ticketId);
        mustBeReady(ticket);
        const at = ctx.now();
        const attachmentId = await insertAttachment(trx, {
          ticketId: ticket.id,
          kind: 'acceptance',
          sha256: file.sha256,
          mime: input.signature.mime,
          bytes: input.signature.data.length,
          createdBy: ctx.actor.id,
          createdAt: at.toISOString(),
        });
        await trx('acceptances').insert({
          ticket_id: ticket.id,
          outcome: 'accepted',
          signature_attachment_id: attachmentId,
          created_by: ctx.actor.id,
          created_at: at.toISOString(),
        });
        await audit({
          entity: 'ticket',
          entityId: ticket.id,
          action: 'accept',
          after: { attachmentId, sha256: file.sha256 },
        });
        await moveTicket(trx, audit, {
          ticket,
          to: 'delivered',
          version: input.version,
          actor: ctx.actor,
          at,
          channel: 'acceptance/accept',
        });
      });
      return benchTicketView(ctx.db, input.ticketId, ctx.actor, ctx.now().toISOString());
    },
  }),

  'acceptance/reject': defineHandler({
    summary:
      'The customer rejects the repair with a reason: this ticket closes and a re-repair ticket linked to it opens (policy 3.4).',
    access: BENCH_DESK,
    input: z
      .object({ ticketId: idSchema, version: versionSchema, reason: requiredLine('Reason', 500) })
      .strict(),
    run: async (ctx, input): Promise<BenchTicketView & { rerepairTicketId: number }> => {
      const rerepairId = await ctx.write(async (trx, audit) => {
        const ticket = await mustFindBenchTicket(trx, input.ticketId);
        mustBeReady(ticket);
        const at = ctx.now();
        const rerepair = await openRerepair(trx, audit, {
          originalId: ticket.id,
          reason: input.reason,
          actorId: ctx.actor.id,
          at,
          timeZone: depotTimeZone(),
          settings: ctx.services.settings.current(),
        });
        const [row] = await trx('acceptances')
          .insert({
            ticket_id: ticket.id,
            outcome: 'rejected',
            reason: input.reason,
            rerepair_ticket_id: rerepair.id,
            created_by: ctx.actor.id,
            created_at: at.toISOString(),
          })
          .returning('id');
        await audit({
          entity: 'ticket',
          entityId: ticket.id,
          action: 'reject',
          after: { acceptanceId: insertedId(row), reason: input.reason, rerepair },
        });
        await moveTicket(trx, audit, {
          ticket,
          to: 'closed',
          version: input.version,
          actor: ctx.actor,
          at,
          note: input.reason,
          channel: 'acceptance/reject',
        });
        return rerepair.id;
      });
      const view = await benchTicketView(
        ctx.db,
        input.ticketId,
        ctx.actor,
        ctx.now().toISOString(),
      );
      return { ...view, rerepairTicketId: rerepairId };
    },
  }),
};
