import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { LANGUAGES } from '../contract/language';
import { idSchema } from '../intake/fields';
import { archiveDocument, type DocumentRef } from '../pdf/archive';
import type { RequisitionSnapshot } from '../pdf/templates/requisitionSnapshot';
import { STOCK_READ } from '../stock/access';
import { mustFindRequisition, type Requisition } from '../stock/requisitionRepo';
import { documentHeader } from './header';

// The requisition form (領用申請表, policy 5.3), printed from a snapshot of the requisition at
// that moment: a print after more issues shows them, an earlier print stays as it was (archived).

function snapshotOf(
  r: Requisition,
  meta: Pick<RequisitionSnapshot, 'header' | 'printedAt' | 'printedBy'>,
): RequisitionSnapshot {
  const lineNo = new Map(r.lines.map((l) => [l.id, l.lineNo]));
  return {
    ...meta,
    reqNo: r.reqNo,
    status: r.status,
    ticket: {
      reportNo: r.ticket.reportNo,
      modelCode: r.ticket.modelCode,
      serialNo: r.ticket.serialNo,
    },
    requested: { name: r.requestedBy.name, at: r.requestedAt },
    note: r.note,
    decided:
      r.decidedBy && r.decidedAt
        ? { name: r.decidedBy.name, at: r.decidedAt, note: r.decisionNote }
        : null,
    lines: r.lines.map((l) => ({
      lineNo: l.lineNo,
      partNo: l.partNo,
      nameEn: l.nameEn,
      nameZh: l.nameZh,
      unit: l.unit,
      bin: l.bin,
      requested: l.requested,
      approved: l.approved,
      issued: l.issued,
      returned: l.returned,
      quotaOverrideReason: l.quotaOverrideReason,
    })),
    movements: r.movements.map((m) => ({
      at: m.at,
      lineNo: lineNo.get(m.lineId) ?? m.lineNo,
      partNo: m.partNo,
      kind: m.kind,
      quantity: m.quantity,
      by: m.by,
    })),
  };
}

export const requisitionDocumentHandlers = {
  'documents/requisition': defineHandler({
    summary:
      'Prints the requisition form (領用申請表): requester, ticket, parts and quantities, approver, quota overrides and the issue record.',
    access: STOCK_READ,
    input: z.object({ requisitionId: idSchema, language: z.enum(LANGUAGES) }).strict(),
    run: async (ctx, input): Promise<DocumentRef> => {
      const requisition = await mustFindRequisition(ctx.db, input.requisitionId);
      const printedAt = ctx.now().toISOString();
      const snapshot = snapshotOf(requisition, {
        header: documentHeader(ctx.services.settings.current()),
        printedAt,
        printedBy: ctx.actor.displayName,
      });
      const pdf = await ctx.services.pdf.render({
        kind: 'requisition',
        language: input.language,
        snapshot,
      });
      return ctx.write(async (trx, audit) => {
        const ref = await archiveDocument(trx, ctx.services.dataDir, {
          kind: 'requisition',
          language: input.language,
          entity: 'requisition',
          entityId: requisition.id,
          snapshot,
          pdf,
          createdBy: ctx.actor.id,
          createdAt: printedAt,
        });
        await audit({
          entity: 'requisition',
          entityId: requisition.id,
          action: 'print',
          after: { documentId: ref.id, language: input.language, sha256: ref.sha256 },
        });
        return ref;
      });
    },
  }),
};
