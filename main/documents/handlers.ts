import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { LANGUAGES } from '../contract/language';
import { refuse } from '../contract/errors';
import { idSchema } from '../intake/fields';
import { archiveDocument, type DocumentRef } from '../pdf/archive';
import { mustMayReadDocument } from './documentAccess';
import type { DocumentTicket } from './documentTickets';
import { documentHeader } from './header';

// The sample document proves the PDF path end to end: Chinese text through the bundled font,
// a barcode, rendering in a worker thread, and the archive that makes reprints identical.
export const documentHandlers = {
  'documents/sample': defineHandler({
    summary: 'Renders and archives the sample document (Chinese text and a barcode).',
    access: 'signedIn',
    input: z.object({ language: z.enum(LANGUAGES) }).strict(),
    run: async (ctx, input): Promise<DocumentRef> => {
      const printedAt = ctx.now().toISOString();
      const snapshot = {
        header: documentHeader(ctx.services.settings.current()),
        printedAt,
        printedBy: ctx.actor.displayName,
        reference: `SAMPLE-${printedAt.slice(0, 10).replaceAll('-', '')}`,
        rows: [
          { customer: '陳美玲', model: 'AC-2200 冷氣機', fault: '不製冷，壓縮機有異音' },
          {
            customer: 'Lin Chih-hao 林志豪',
            model: 'WM-80 洗衣機',
            fault: 'Drum does not spin / 脫水不轉',
          },
          { customer: '王小明', model: 'TV-55Q 液晶電視', fault: '開機無畫面，有聲音' },
        ],
      };
      const pdf = await ctx.services.pdf.render({
        kind: 'sample',
        language: input.language,
        snapshot,
      });
      return ctx.write(async (trx, audit) => {
        const ref = await archiveDocument(trx, ctx.services.dataDir, {
          kind: 'sample',
          language: input.language,
          entity: null,
          entityId: null,
          snapshot,
          pdf,
          createdBy: ctx.actor.id,
          createdAt: printedAt,
        });
        await audit({
          entity: 'document',
          entityId: ref.id,
          action: 'print',
          after: { kind: 'sample', sha256: ref.sha256 },
        });
        return ref;
      });
    },
  }),

  // Issue 9, defect 3: a document is shown only through a short-lived, single-use ticket,
  // issued here to this session for this one document (see documentViewing.ts).
  'documents/open': defineHandler({
    summary:
      'A ticket to view one archived document: single-use, valid 60 s, only for this session, and only if your roles may read that kind (documentAccess.ts). Browser mode: GET /documents/<ticket>.pdf; desktop: depot-doc://document/<ticket>. Each view is audited.',
    access: 'signedIn',
    input: z.object({ documentId: idSchema }).strict(),
    run: async (ctx, input): Promise<DocumentTicket & { documentId: number }> => {
      const row = (await ctx.db('documents').where({ id: input.documentId }).first('kind')) as
        { kind: string } | undefined;
      if (!row) {
        throw refuse('NOT_FOUND', 'documents.documentNotFound', {
          params: { id: input.documentId },
          field: 'documentId',
          message: `documentId: no document #${input.documentId}`,
        });
      }
      mustMayReadDocument(ctx.actor, row.kind, input.documentId);
      const issued = ctx.services.documentTickets.issue(ctx.session.clientKey, input.documentId);
      return { documentId: input.documentId, ...issued };
    },
  }),

  'documents/list': defineHandler({
    summary: 'Recently printed documents, newest first.',
    access: 'signedIn',
    input: z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(),
    run: async (ctx, input): Promise<DocumentRef[]> => {
      const rows: {
        id: number;
        kind: string;
        language: DocumentRef['language'];
        sha256: string;
        bytes: number;
        created_at: string;
      }[] = await ctx
        .db('documents')
        .select('id', 'kind', 'language', 'sha256', 'bytes', 'created_at')
        .orderBy('id', 'desc')
        .limit(input.limit);
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        language: r.language,
        sha256: r.sha256,
        bytes: r.bytes,
        createdAt: r.created_at,
      }));
    },
  }),
};
