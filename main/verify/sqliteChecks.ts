import type { Knex } from 'knex';
import { checkResult, type VerifyCheck } from './report';

// SQLite's own proofs that the file is sound (issue 9): `integrity_check` reads every page and
// index; `foreign_key_check` finds rows pointing at rows that do not exist (foreign keys are on
// for every connection, but a file edited elsewhere may not have had them).

const NOT_SQLITE = 'not a SQLite database';
const isSqlite = (db: Knex) => String(db.client.config.client) === 'sqlite3';

export async function checkIntegrity(db: Knex): Promise<VerifyCheck> {
  const result = checkResult('integrity');
  if (!isSqlite(db)) return result.done(NOT_SQLITE);
  const rows = (await db.raw('PRAGMA integrity_check')) as { integrity_check: string }[];
  result.count();
  for (const { integrity_check: line } of rows) {
    if (line !== 'ok') result.add('integrity', `SQLite integrity check: ${line}`, { detail: line });
  }
  return result.done();
}

type ForeignKeyViolation = { table: string; rowid: number | null; parent: string; fkid: number };

export async function checkForeignKeys(db: Knex): Promise<VerifyCheck> {
  const result = checkResult('foreignKeys');
  if (!isSqlite(db)) return result.done(NOT_SQLITE);
  const rows = (await db.raw('PRAGMA foreign_key_check')) as ForeignKeyViolation[];
  result.count();
  for (const r of rows) {
    result.add(
      'foreignKey',
      `${r.table} row ${r.rowid ?? '?'} points at a missing ${r.parent} row`,
      { table: r.table, rowid: r.rowid, parent: r.parent },
    );
  }
  return result.done();
}
