import type { Knex } from 'knex';
import { readAttachmentFile } from '../attachments/attachmentFiles';
import { findAttachment } from '../attachments/attachmentRepo';
import { benchTicketView, type BenchTicketView } from '../bench/benchTicket';
import { readRepairLog, type RepairLog } from '../bench/repairLog';
import type { HandlerContext } from '../contract/handler';
import type { Language } from '../contract/language';
import type { Role } from '../contract/roles';
import { archiveDocument, type DocumentRef } from '../pdf/archive';
import type { DocumentKind } from '../pdf/engine';
import type { Signature } from './benchDocumentsSnapshots';

// What every bench printout does: read the ticket and its repair log, render in a worker,
// archive the file with its snapshot and audit the print on the ticket in one transaction.

export type Ctx = HandlerContext<readonly Role[]>;

export type BenchTicketData = { view: BenchTicketView; log: RepairLog };

export async function benchTicketData(ctx: Ctx, ticketId: number): Promise<BenchTicketData> {
  const view = await benchTicketView(ctx.db, ticketId, ctx.actor, ctx.now().toISOString());
  const log = await readRepairLog(ctx.db, ticketId, ctx.actor, ctx.services.settings.current());
  return { view, log };
}

/** A stored signature as the data URL a template embeds. */
export async function signatureImage(
  ctx: Ctx,
  attachmentId: number | null,
): Promise<Signature | null> {
  if (attachmentId === null) return null;
  const a = await findAttachment(ctx.db, attachmentId);
  if (!a) return null;
  const data = await readAttachmentFile(ctx.services.dataDir, a.sha256, a.mime);
  return { dataUrl: `data:${a.mime};base64,${data.toString('base64')}`, signedAt: a.createdAt };
}

export type Print = {
  kind: DocumentKind;
  language: Language;
  ticketId: number;
  printedAt: string;
  snapshot: object;
  /** The audit entry's action and what it adds (quote, shipment, reprint number ...). */
  action: 'print' | 'reprint';
  about: Record<string, unknown>;
};

/**
 * Renders in a worker, then archives and audits in one transaction. `stillValid` runs inside
 * that transaction: returning false drops the rendered file (the caller renders again).
 */
export async function printOnTicket(
  ctx: Ctx,
  p: Print,
  stillValid: (trx: Knex.Transaction) => Promise<boolean> = async () => true,
): Promise<DocumentRef | null> {
  const pdf = await ctx.services.pdf.render({
    kind: p.kind,
    language: p.language,
    snapshot: p.snapshot,
  });
  return ctx.write(async (trx, audit) => {
    if (!(await stillValid(trx))) return null;
    const ref = await archiveDocument(trx, ctx.services.dataDir, {
      kind: p.kind,
      language: p.language,
      entity: 'ticket',
      entityId: p.ticketId,
      snapshot: p.snapshot,
      pdf,
      createdBy: ctx.actor.id,
      createdAt: p.printedAt,
    });
    await audit({
      entity: 'ticket',
      entityId: p.ticketId,
      action: p.action,
      after: {
        documentId: ref.id,
        kind: p.kind,
        language: p.language,
        sha256: ref.sha256,
        ...p.about,
      },
    });
    return ref;
  });
}
