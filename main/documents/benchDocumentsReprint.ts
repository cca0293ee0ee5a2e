import type { Knex } from 'knex';
import { z } from 'zod';
import { BENCH_DESK } from '../bench/access';
import { refuse } from '../contract/errors';
import { defineHandler } from '../contract/handler';
import { LANGUAGES, type Language } from '../contract/language';
import { idSchema } from '../intake/fields';
import type { DocumentRef } from '../pdf/archive';
import {
  repairRecordSnapshot,
  type RepairRecordSnapshot,
} from '../pdf/templates/repairRecordSnapshot';
import { printOnTicket, type Ctx } from './benchDocumentsPrint';

// The repair record has one original (policy 3.3: 一式兩份, a customer copy and a company copy,
// in one PDF); every later print is a duplicate (domain.md: "a later reprint is marked as a
// duplicate"; issue 9, defect 5). A duplicate is rendered again from the ORIGINAL's archived
// snapshot, so both copies say exactly what the original said, and marked on every page as a
// duplicate (副本) with its number, when and by whom. It may be in the other language (the
// customer reads Chinese, the clerk's screen is English): the same snapshot, the other words.
// It is archived as a document of its own, whose snapshot names the original
// (`reprint.reprintOf`, `reprint.reprintNo`), and audited on the ticket as a reprint.

type Db = Knex | Knex.Transaction;

export type ArchivedRow = {
  id: number;
  kind: string;
  language: Language;
  entity: string | null;
  entity_id: string | null;
  snapshot: string;
};

const COLUMNS = ['id', 'kind', 'language', 'entity', 'entity_id', 'snapshot'] as const;

function parsed(row: Pick<ArchivedRow, 'snapshot'>): Partial<RepairRecordSnapshot> {
  return JSON.parse(row.snapshot) as Partial<RepairRecordSnapshot>;
}

async function recordsOf(db: Db, ticketId: number): Promise<ArchivedRow[]> {
  return (await db('documents')
    .where({ entity: 'ticket', entity_id: String(ticketId), kind: 'repairRecord' })
    .orderBy('id')
    .select(...COLUMNS)) as ArchivedRow[];
}

/** The ticket's original repair record (the one print without a duplicate mark), if any. */
export async function originalRecord(db: Db, ticketId: number): Promise<ArchivedRow | null> {
  return (await recordsOf(db, ticketId)).find((r) => !parsed(r).reprint) ?? null;
}

/** Duplicates of this original so far (their snapshots name it). */
async function duplicatesOf(db: Db, ticketId: number, originalId: number): Promise<number> {
  return (await recordsOf(db, ticketId)).filter((r) => parsed(r).reprint?.reprintOf === originalId)
    .length;
}

function archivedRecord(row: ArchivedRow): RepairRecordSnapshot {
  const result = repairRecordSnapshot.safeParse(JSON.parse(row.snapshot));
  if (!result.success) {
    throw refuse('CONFLICT', 'documents.snapshotUnreadable', {
      params: { id: row.id },
      message: `The archived snapshot of document #${row.id} is not a readable repair record`,
      details: { documentId: row.id },
    });
  }
  return result.data;
}

/** Two desks printing at once: the later one renders again with the next number. */
const ATTEMPTS = 3;

/**
 * A numbered duplicate of `row` (an original or a duplicate: a duplicate of a duplicate copies
 * the same original and takes the next number), in `language`.
 */
export async function printDuplicate(
  ctx: Ctx,
  row: ArchivedRow,
  language: Language,
): Promise<DocumentRef> {
  const archived = archivedRecord(row);
  const ticketId = Number(row.entity_id);
  const originalId = archived.reprint?.reprintOf ?? row.id;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const reprintNo = (await duplicatesOf(ctx.db, ticketId, originalId)) + 1;
    const at = ctx.now().toISOString();
    const snapshot: RepairRecordSnapshot = {
      ...archived,
      reprint: { reprintOf: originalId, reprintNo, at, by: ctx.actor.displayName },
    };
    const ref = await printOnTicket(
      ctx,
      {
        kind: 'repairRecord',
        language,
        ticketId,
        printedAt: at,
        snapshot,
        action: 'reprint',
        about: { reportNo: archived.reportNo, reprintOf: originalId, reprintNo },
      },
      async (trx) => (await duplicatesOf(trx, ticketId, originalId)) + 1 === reprintNo,
    );
    if (ref !== null) return ref;
  }
  throw refuse('CONFLICT', 'documents.reprintBusy', {
    params: { id: originalId },
    message: `Document #${originalId} is being reprinted at another desk; try again.`,
    details: { documentId: originalId },
  });
}

export const repairRecordReprintHandler = defineHandler({
  summary:
    'Prints a duplicate of a repair record from its archived snapshot (identical content), marked 副本 DUPLICATE on every page of both copies with the duplicate number, date and who printed it; in the original language or the one asked for. Archived and audited as a reprint.',
  access: BENCH_DESK,
  input: z.object({ documentId: idSchema, language: z.enum(LANGUAGES).optional() }).strict(),
  run: async (ctx, input): Promise<DocumentRef> => {
    const row = (await ctx
      .db('documents')
      .where({ id: input.documentId })
      .first(...COLUMNS)) as ArchivedRow | undefined;
    if (!row) {
      throw refuse('NOT_FOUND', 'documents.documentNotFound', {
        params: { id: input.documentId },
        field: 'documentId',
        message: `documentId: no document #${input.documentId}`,
      });
    }
    if (row.kind !== 'repairRecord' || row.entity !== 'ticket' || row.entity_id === null) {
      throw refuse('RULE', 'documents.notRepairRecord', {
        params: { id: row.id },
        field: 'documentId',
        message: `documentId: document #${row.id} is a ${row.kind}, not a repair record; other documents are reprinted as they are (documents/reprint)`,
        details: { kind: row.kind },
      });
    }
    return printDuplicate(ctx, row, input.language ?? row.language);
  },
});
