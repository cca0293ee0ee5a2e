import type { Knex } from 'knex';
import { checkResult, type VerifyCheck } from '../verify/report';
import { auditRowHash, GENESIS_HASH } from './auditChain';
import type { AuditRow } from './auditLog';

const PAGE = 5000;

function idRange(from: number, to: number): string {
  return from === to ? `#${from}` : `#${from}-#${to}`;
}

/**
 * Walks the audit chain in id order (issue 9): a row whose columns no longer give its hash was
 * altered; a row whose link does not name the previous row's hash follows a deleted or
 * re-hashed row; rows cut from the end show as ids SQLite issued but no longer holds.
 * Reads page by page, so a million rows never sit in memory at once.
 */
export async function verifyAuditChain(db: Knex): Promise<VerifyCheck> {
  const result = checkResult('auditChain');
  // Read before the walk: rows committed meanwhile (the check runs beside the desks) lie above it.
  const issued = await highestIssuedId(db);
  let prevHash = GENESIS_HASH;
  let prevId = 0;
  for (;;) {
    const rows = (await db('audit_log')
      .where('id', '>', prevId)
      .orderBy('id')
      .limit(PAGE)
      .select('*')) as AuditRow[];
    if (rows.length === 0) break;
    for (const row of rows) {
      result.count();
      if (row.hash === null || row.prev_hash === null) {
        result.add('auditUnhashed', `Audit row #${row.id} has no hash (written around the chain)`, {
          id: row.id,
        });
      } else {
        if (auditRowHash(row, row.prev_hash) !== row.hash) {
          result.add('auditAltered', `Audit row #${row.id} was altered after it was written`, {
            id: row.id,
          });
        }
        if (row.prev_hash !== prevHash) {
          if (row.id !== prevId + 1) {
            result.add(
              'auditRowsMissing',
              `Audit rows ${idRange(prevId + 1, row.id - 1)} were deleted (row #${row.id} links to a row that is gone)`,
              { from: prevId + 1, to: row.id - 1, id: row.id },
            );
          } else {
            result.add(
              'auditLinkBroken',
              `Audit row #${row.id} does not link to row #${prevId}: row #${prevId} was altered and re-hashed, or rows were removed`,
              { id: row.id, previous: prevId },
            );
          }
        }
      }
      prevHash = row.hash ?? prevHash;
      prevId = row.id;
    }
  }
  if (issued > prevId) {
    result.add(
      'auditRowsMissing',
      `Audit rows ${idRange(prevId + 1, issued)} at the end were deleted`,
      { from: prevId + 1, to: issued, id: null },
    );
  }
  return result.done();
}

/** SQLite remembers the highest id it ever issued (AUTOINCREMENT), so a cut tail shows. */
async function highestIssuedId(db: Knex): Promise<number> {
  if (String(db.client.config.client) !== 'sqlite3') return 0;
  const row = (await db('sqlite_sequence').where({ name: 'audit_log' }).first('seq')) as
    { seq: number } | undefined;
  return Number(row?.seq ?? 0);
}
