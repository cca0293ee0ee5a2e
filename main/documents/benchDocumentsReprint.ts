import type { Knex } from 'knex';
import { z } from 'zod';
import { BENCH_DESK } from '../bench/access';
import { DepotError } from '../contract/errors';
import { defineHandler } from '../contract/handler';
import type { Language } from '../contract/language';
import { fieldError } from '../intake/fieldError';
import { idSchema } from '../intake/fields';
import type { DocumentRef } from '../pdf/archive';
import {
  repairRecordSnapshot,
  type RepairRecordSnapshot,
} from '../pdf/templates/repairRecordSnapshot';
import { printOnTicket } from './benchDocumentsPrint';

// A reprint of the repair record (issue 5, item 6; domain.md: "a later reprint is marked as a
// duplicate"): rendered again from the ARCHIVED snapshot, so both copies say exactly what the
// original said, and marked on every page as a duplicate (副本) with its reprint number, when
// and by whom. It is archived as a document of its own, whose snapshot names the original
// (`reprint.reprintOf`, `reprint.reprintNo`), and audited on the ticket as a reprint.

type Db = Knex | Knex.Transaction;

type ArchivedRow = {
  id: number;
  kind: string;
  language: Language;
  entity: string | null;
  entity_id: string | null;
  snapshot: string;
};

/** Reprints of this original so far (the snapshots name it). */
async function reprintsOf(db: Db, ticketId: number, originalId: number): Promise<number> {
  const rows = (await db('documents')
    .where({ entity: 'ticket', entity_id: String(ticketId), kind: 'repairRecord' })
    .where('id', '>', originalId)
    .select('snapshot')) as { snapshot: string }[];
  return rows.filter((r) => {
    const s = JSON.parse(r.snapshot) as Partial<RepairRecordSnapshot>;
    return s.reprint?.reprintOf === originalId;
  }).length;
}

function archivedRecord(row: ArchivedRow): RepairRecordSnapshot {
  const parsed = repairRecordSnapshot.safeParse(JSON.parse(row.snapshot));
  if (!parsed.success) {
    throw new DepotError(
      'CONFLICT',
      `The archived snapshot of document #${row.id} is not a readable repair record`,
      { documentId: row.id },
    );
  }
  return parsed.data;
}

/** Two desks reprinting at once: the later one renders again with the next number. */
const ATTEMPTS = 3;

export const repairRecordReprintHandler = defineHandler({
  summary:
    'Reprints a repair record from its archived snapshot (identical content), marked 副本 DUPLICATE on every page of both copies with the reprint number, date and who printed it; archived and audited as a reprint.',
  access: BENCH_DESK,
  input: z.object({ documentId: idSchema }).strict(),
  run: async (ctx, input): Promise<DocumentRef> => {
    const row = (await ctx
      .db('documents')
      .where({ id: input.documentId })
      .first('id', 'kind', 'language', 'entity', 'entity_id', 'snapshot')) as
      ArchivedRow | undefined;
    if (!row) throw fieldError('NOT_FOUND', 'documentId', `no document #${input.documentId}`);
    if (row.kind !== 'repairRecord' || row.entity !== 'ticket' || row.entity_id === null) {
      throw fieldError(
        'RULE',
        'documentId',
        `document #${row.id} is a ${row.kind}, not a repair record; other documents are reprinted as they are (documents/reprint)`,
        { kind: row.kind },
      );
    }
    const archived = archivedRecord(row);
    const ticketId = Number(row.entity_id);
    // A reprint of a reprint copies the same original and takes the next number.
    const originalId = archived.reprint?.reprintOf ?? row.id;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const reprintNo = (await reprintsOf(ctx.db, ticketId, originalId)) + 1;
      const at = ctx.now().toISOString();
      const snapshot: RepairRecordSnapshot = {
        ...archived,
        reprint: { reprintOf: originalId, reprintNo, at, by: ctx.actor.displayName },
      };
      const ref = await printOnTicket(
        ctx,
        {
          kind: 'repairRecord',
          language: row.language,
          ticketId,
          printedAt: at,
          snapshot,
          action: 'reprint',
          about: { reportNo: archived.reportNo, reprintOf: originalId, reprintNo },
        },
        async (trx) => (await reprintsOf(trx, ticketId, originalId)) + 1 === reprintNo,
      );
      if (ref !== null) return ref;
    }
    throw new DepotError(
      'CONFLICT',
      `Document #${originalId} is being reprinted at another desk; try again.`,
      { documentId: originalId },
    );
  },
});
