import type { Knex } from 'knex';
import { z } from 'zod';
import { refuse } from '../contract/errors';
import { defineHandler, type Audit } from '../contract/handler';
import { INTAKE_READ, INTAKE_WRITE } from '../intake/access';
import { idSchema } from '../intake/fields';
import { isUniqueViolation } from '../intake/rows';
import { readAttachmentFile, sha256Of, storeAttachmentFile } from './attachmentFiles';
import {
  countOfKind,
  findAttachment,
  findSame,
  insertAttachment,
  listAttachments,
  type Attachment,
  type AttachmentKind,
} from './attachmentRepo';
import { imageSchema, PHOTO_LIMITS, SIGNATURE_LIMITS, type ImageData } from './imageData';

// Photos of the returned unit and the customer's signature (issue 3, items 3 and 8).
//
// The signature acknowledges the receipt: the customer signs once, at intake, for what the
// receipt states. A second signature is refused (CONFLICT), never swapped in, so the signed
// receipt cannot change silently; a genuinely wrong signature is a matter for a supervisor and
// a new ticket, not an overwrite. The same bytes sent again (a double click) return the kept
// one. Every refusal happens before anything is written, file or row.

/** Enough photos to show every side and defect; more is a stuck button, not evidence. */
export const MAX_PHOTOS_PER_TICKET = 20;

const ticketNotFound = (id: number) =>
  refuse('NOT_FOUND', 'intake.ticketNotFound', {
    params: { id },
    field: 'ticketId',
    message: `ticketId: no ticket #${id}`,
  });

type TicketRow = { id: number; report_no: string; status: string };

async function openTicket(db: Knex, ticketId: number): Promise<TicketRow> {
  const ticket: TicketRow | undefined = await db('tickets')
    .where({ id: ticketId })
    .first('id', 'report_no', 'status');
  if (!ticket) throw ticketNotFound(ticketId);
  if (ticket.status === 'cancelled') {
    throw refuse('RULE', 'attachments.ticketCancelled', {
      params: { reportNo: ticket.report_no },
      field: 'ticketId',
      message: `ticketId: ${ticket.report_no} is cancelled; it takes no attachments`,
    });
  }
  return ticket;
}

type Attach = {
  ticketId: number;
  kind: AttachmentKind;
  image: ImageData;
  actorId: number;
  at: string;
  dataDir: string;
};

/** File first, then the row and its audit entry in the caller's transaction. */
async function attach(trx: Knex.Transaction, audit: Audit, a: Attach): Promise<number> {
  const { sha256 } = await storeAttachmentFile(a.dataDir, a.image.data, a.image.mime);
  const id = await insertAttachment(trx, {
    ticketId: a.ticketId,
    kind: a.kind,
    sha256,
    mime: a.image.mime,
    bytes: a.image.data.length,
    createdBy: a.actorId,
    createdAt: a.at,
  });
  await audit({
    entity: 'ticket',
    entityId: a.ticketId,
    action: a.kind === 'signature' ? 'sign' : 'addPhoto',
    after: { attachmentId: id, sha256, mime: a.image.mime, bytes: a.image.data.length },
  });
  return id;
}

const ticketInput = (limits: typeof PHOTO_LIMITS) =>
  z.object({ ticketId: idSchema, data: imageSchema(limits) }).strict();

export const attachmentHandlers = {
  'attachments/addPhoto': defineHandler({
    summary:
      'Adds a photo of the unit (PNG or JPEG as base64, at most 5 MB) to a ticket; the same photo twice is kept once.',
    access: INTAKE_WRITE,
    input: ticketInput(PHOTO_LIMITS),
    run: async (ctx, input): Promise<Attachment> => {
      const id = await ctx.write(async (trx, audit) => {
        const ticket = await openTicket(trx, input.ticketId);
        const same = await findSame(trx, ticket.id, 'photo', sha256Of(input.data.data));
        if (same) return same.id; // a double click: the photo is already on the ticket
        if ((await countOfKind(trx, ticket.id, 'photo')) >= MAX_PHOTOS_PER_TICKET) {
          throw refuse('RULE', 'attachments.tooManyPhotos', {
            params: { reportNo: ticket.report_no, max: MAX_PHOTOS_PER_TICKET },
            field: 'data',
            message: `data: ${ticket.report_no} already has ${MAX_PHOTOS_PER_TICKET} photos, the most a ticket keeps`,
          });
        }
        return attach(trx, audit, {
          ticketId: ticket.id,
          kind: 'photo',
          image: input.data,
          actorId: ctx.actor.id,
          at: ctx.now().toISOString(),
          dataDir: ctx.services.dataDir,
        });
      });
      return (await findAttachment(ctx.db, id))!;
    },
  }),

  'attachments/sign': defineHandler({
    summary:
      "Stores the customer's signature acknowledging the receipt (PNG or JPEG as base64, at most 64 KB); once per ticket, a second is refused.",
    access: INTAKE_WRITE,
    input: ticketInput(SIGNATURE_LIMITS),
    run: async (ctx, input): Promise<Attachment> => {
      const refuseSecond = (reportNo: string, at?: string) =>
        refuse('CONFLICT', 'attachments.alreadySigned', {
          params: { reportNo },
          field: 'ticketId',
          message: `ticketId: ${reportNo} is already signed${at ? ` (${at})` : ''}; the signed receipt cannot be changed`,
        });
      let reportNo = `#${input.ticketId}`;
      try {
        const id = await ctx.write(async (trx, audit) => {
          const ticket = await openTicket(trx, input.ticketId);
          reportNo = ticket.report_no;
          const signed = (await listAttachments(trx, ticket.id)).find(
            (a) => a.kind === 'signature',
          );
          // The same signature sent twice (a double click) is the one already kept.
          if (signed?.sha256 === sha256Of(input.data.data)) return signed.id;
          if (signed) throw refuseSecond(ticket.report_no, signed.createdAt);
          return attach(trx, audit, {
            ticketId: ticket.id,
            kind: 'signature',
            image: input.data,
            actorId: ctx.actor.id,
            at: ctx.now().toISOString(),
            dataDir: ctx.services.dataDir,
          });
        });
        return (await findAttachment(ctx.db, id))!;
      } catch (error) {
        // Two desks signing at once (PostgreSQL): the unique index lets one through.
        if (isUniqueViolation(error)) throw refuseSecond(reportNo);
        throw error;
      }
    },
  }),

  'attachments/list': defineHandler({
    summary: "A ticket's photos and signature (who added them and when; no image data).",
    access: INTAKE_READ,
    input: z.object({ ticketId: idSchema }).strict(),
    run: async (ctx, input): Promise<Attachment[]> => {
      const ticket = await ctx.db('tickets').where({ id: input.ticketId }).first('id');
      if (!ticket) throw ticketNotFound(input.ticketId);
      return listAttachments(ctx.db, input.ticketId);
    },
  }),

  'attachments/get': defineHandler({
    summary: 'One attachment with its image as a data URL, for the intake screen and the bench.',
    access: INTAKE_READ,
    input: z.object({ id: idSchema }).strict(),
    run: async (ctx, input): Promise<Attachment & { dataUrl: string }> => {
      const attachment = await findAttachment(ctx.db, input.id);
      if (!attachment) {
        throw refuse('NOT_FOUND', 'attachments.attachmentNotFound', {
          params: { id: input.id },
          field: 'id',
          message: `No attachment #${input.id}.`,
        });
      }
      const data = await readAttachmentFile(
        ctx.services.dataDir,
        attachment.sha256,
        attachment.mime,
      );
      return {
        ...attachment,
        dataUrl: `data:${attachment.mime};base64,${data.toString('base64')}`,
      };
    },
  }),
};
