import type { Knex } from 'knex';
import { z } from 'zod';
import { listAttachments } from '../attachments/attachmentRepo';
import { readAttachmentFile } from '../attachments/attachmentFiles';
import { refuse } from '../contract/errors';
import { defineHandler, type HandlerContext } from '../contract/handler';
import { LANGUAGES, type Language } from '../contract/language';
import type { Role } from '../contract/roles';
import { INTAKE_READ, INTAKE_WRITE } from '../intake/access';
import { idSchema } from '../intake/fields';
import { getTicketDetail, type TicketDetail } from '../intake/ticketRepo';
import { archiveDocument, readArchivedDocument, type DocumentRef } from '../pdf/archive';
import type { DocumentKind } from '../pdf/engine';
import { documentHeader } from './header';
import { receiptSnapshotOf, unitLabelSnapshotOf } from './intakeSnapshots';

// The intake desk's printouts (issue 3, item 9; domain.md "Documents the depot prints"): the
// returned-unit receipt handed to the customer and the label stuck on the unit. Each print is
// rendered from a snapshot of the ticket, archived with it, and audited on the ticket; a reprint
// serves the archived file, byte for byte, so the customer's copy and the depot's never differ.

type Ctx = HandlerContext<'signedIn' | readonly Role[]>;

/** Who may print, and reprint, each kind. The label is also printed at the bench (relabel). */
const PRINT_ROLES: Partial<Record<DocumentKind, readonly Role[]>> = {
  receipt: INTAKE_WRITE,
  unitLabel: INTAKE_READ,
};

async function printableTicket(ctx: Ctx, ticketId: number): Promise<TicketDetail> {
  const ticket = await getTicketDetail(ctx.db, ticketId, ctx.now().toISOString());
  if (!ticket) {
    throw refuse('NOT_FOUND', 'intake.ticketNotFound', {
      params: { id: ticketId },
      field: 'ticketId',
      message: `ticketId: no ticket #${ticketId}`,
    });
  }
  if (ticket.cancelled !== null) {
    throw refuse('RULE', 'documents.ticketCancelled', {
      params: { reportNo: ticket.reportNo },
      field: 'ticketId',
      message: `ticketId: ${ticket.reportNo} is cancelled; nothing is printed for it`,
    });
  }
  return ticket;
}

/** The photos' count and the signature as a data URL, read back from the attachment store. */
async function receiptExtras(ctx: Ctx, ticketId: number) {
  const attachments = await listAttachments(ctx.db, ticketId);
  const signature = attachments.find((a) => a.kind === 'signature');
  return {
    photos: attachments.filter((a) => a.kind === 'photo').length,
    signature: signature
      ? {
          dataUrl: `data:${signature.mime};base64,${(
            await readAttachmentFile(ctx.services.dataDir, signature.sha256, signature.mime)
          ).toString('base64')}`,
          signedAt: signature.createdAt,
        }
      : null,
  };
}

/** Renders in a worker, then archives and audits in one transaction. */
async function print(
  ctx: Ctx,
  ticket: TicketDetail,
  kind: DocumentKind,
  language: Language,
  printedAt: string,
  snapshot: object,
): Promise<DocumentRef> {
  const pdf = await ctx.services.pdf.render({ kind, language, snapshot });
  return ctx.write(async (trx, audit) => {
    const ref = await archiveDocument(trx, ctx.services.dataDir, {
      kind,
      language,
      entity: 'ticket',
      entityId: ticket.id,
      snapshot,
      pdf,
      createdBy: ctx.actor.id,
      createdAt: printedAt,
    });
    await audit({
      entity: 'ticket',
      entityId: ticket.id,
      action: 'print',
      after: { documentId: ref.id, kind, language, sha256: ref.sha256, reportNo: ticket.reportNo },
    });
    return ref;
  });
}

const printInput = z.object({ ticketId: idSchema, language: z.enum(LANGUAGES) }).strict();

type DocumentRow = { id: number; kind: string; entity: string | null; entity_id: string | null };

async function documentRow(db: Knex, id: number): Promise<DocumentRow> {
  const row: DocumentRow | undefined = await db('documents')
    .where({ id })
    .first('id', 'kind', 'entity', 'entity_id');
  if (!row) {
    throw refuse('NOT_FOUND', 'documents.documentNotFound', {
      params: { id },
      field: 'documentId',
      message: `documentId: no document #${id}`,
    });
  }
  return row;
}

export const intakeDocumentHandlers = {
  'documents/receipt': defineHandler({
    summary:
      "Prints the returned-unit receipt (收件單) of a ticket: A5, report number barcode, warranty decision with reasons, terms, the customer's signature.",
    access: INTAKE_WRITE,
    input: printInput,
    run: async (ctx, input): Promise<DocumentRef> => {
      const ticket = await printableTicket(ctx, input.ticketId);
      const printedAt = ctx.now().toISOString();
      const snapshot = receiptSnapshotOf(
        ticket,
        {
          header: documentHeader(ctx.services.settings.current()),
          printedAt,
          printedBy: ctx.actor.displayName,
          language: input.language,
        },
        await receiptExtras(ctx, ticket.id),
      );
      return print(ctx, ticket, 'receipt', input.language, printedAt, snapshot);
    },
  }),

  'documents/unitLabel': defineHandler({
    summary:
      'Prints the 62 x 40 mm label stuck on the unit: report number barcode, model, serial, customer surname, intake date.',
    access: INTAKE_READ,
    input: printInput,
    run: async (ctx, input): Promise<DocumentRef> => {
      const ticket = await printableTicket(ctx, input.ticketId);
      const printedAt = ctx.now().toISOString();
      const snapshot = unitLabelSnapshotOf(ticket, printedAt);
      return print(ctx, ticket, 'unitLabel', input.language, printedAt, snapshot);
    },
  }),

  'documents/ofTicket': defineHandler({
    summary: 'The documents printed for a ticket (receipts, labels), newest first.',
    access: INTAKE_READ,
    input: z.object({ ticketId: idSchema }).strict(),
    run: async (ctx, input): Promise<DocumentRef[]> => {
      const rows: (Omit<DocumentRef, 'createdAt'> & { created_at: string })[] = await ctx
        .db('documents')
        .where({ entity: 'ticket', entity_id: String(input.ticketId) })
        .orderBy('id', 'desc')
        .select('id', 'kind', 'language', 'sha256', 'bytes', 'created_at');
      return rows.map(({ created_at, ...r }) => ({ ...r, createdAt: created_at }));
    },
  }),

  'documents/reprint': defineHandler({
    summary:
      'Reprints an archived document: the identical file (checksum verified), audited as a reprint. A receipt or label needs the roles that print it.',
    access: 'signedIn',
    input: z.object({ documentId: idSchema }).strict(),
    run: async (ctx, input): Promise<DocumentRef> => {
      const row = await documentRow(ctx.db, input.documentId);
      // A repair record's reprint is marked as a duplicate (副本), never the bare original.
      if (row.kind === 'repairRecord') {
        throw refuse('RULE', 'documents.reprintAsDuplicate', {
          message:
            'A repair record is reprinted with documents/repairRecordReprint, marked as a duplicate.',
          details: { channel: 'documents/repairRecordReprint' },
        });
      }
      const roles = PRINT_ROLES[row.kind as DocumentKind];
      if (roles && !ctx.actor.roles.some((r) => roles.includes(r))) {
        throw refuse('FORBIDDEN', 'access.roleMayNot', {
          message: `${ctx.actor.displayName} may not reprint a ${row.kind} (allowed: ${roles.join(', ')}).`,
          details: { channel: ctx.channel, allowed: roles },
        });
      }
      // Refuses a missing or altered file: a reprint is never a silent re-render.
      const { ref } = await readArchivedDocument(ctx.db, ctx.services.dataDir, row.id);
      await ctx.write(async (_trx, audit) => {
        await audit({
          entity: row.entity ?? 'document',
          entityId: row.entity_id ?? row.id,
          action: 'reprint',
          after: { documentId: row.id, kind: row.kind, sha256: ref.sha256 },
        });
      });
      return ref;
    },
  }),
};
