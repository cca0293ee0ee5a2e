import type { Knex } from 'knex';

// The one dialect-specific corner of ticket search: SQLite FTS5. Two contentless indexes keyed
// by ticket id (rowid):
// - `ticket_search_tri` (trigram tokenizer): substring search over report number, serial,
//   model code, customer name and phones, for queries of 3 or more characters;
// - `ticket_search_han`: the Han characters of the customer's name written one per token, so a
//   phrase query finds any Chinese substring, even of one or two characters (the trigram
//   tokenizer needs three, and Chinese given names are two).
// A PostgreSQL depot would replace this module with pg_trgm indexes behind the same functions.

export function assertSqlite(db: Knex): void {
  const client = db.client.config.client as string;
  if (client !== 'sqlite3') {
    throw new Error(`Ticket search is implemented for SQLite FTS5 only (client: ${client}).`);
  }
}

/**
 * The tables as migration 0011 creates them. The migration keeps its own frozen copy of this SQL
 * (a migration never imports runtime code); its test proves the two give the same schema, so a
 * change here belongs in a new migration too.
 */
export async function createSearchTables(db: Knex): Promise<void> {
  assertSqlite(db);
  await db.raw(
    `CREATE VIRTUAL TABLE ticket_search_tri USING fts5(body, content='', contentless_delete=1, tokenize='trigram')`,
  );
  await db.raw(
    `CREATE VIRTUAL TABLE ticket_search_han USING fts5(body, content='', contentless_delete=1, tokenize='unicode61')`,
  );
}

export async function dropSearchTables(db: Knex): Promise<void> {
  await db.raw('DROP TABLE IF EXISTS ticket_search_han');
  await db.raw('DROP TABLE IF EXISTS ticket_search_tri');
}

export type SearchRow = { id: number; tri: string; han: string };

/** Replaces the index rows of these tickets (contentless tables: delete, then insert). */
export async function writeSearchRows(
  db: Knex | Knex.Transaction,
  rows: SearchRow[],
  options: { fresh?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const ids = options.fresh ? [] : rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await db('ticket_search_tri').whereIn('rowid', chunk).delete();
    await db('ticket_search_han').whereIn('rowid', chunk).delete();
  }
  for (let i = 0; i < rows.length; i += 400) {
    const chunk = rows.slice(i, i + 400);
    await db('ticket_search_tri').insert(chunk.map((r) => ({ rowid: r.id, body: r.tri })));
    const han = chunk.filter((r) => r.han !== '');
    if (han.length > 0)
      await db('ticket_search_han').insert(han.map((r) => ({ rowid: r.id, body: r.han })));
  }
}

export type MatchPlan = { tri: string | null; han: string | null };

/** Ticket ids matching the plan, newest first (FTS5 walks rowids backwards and stops early). */
export async function matchTicketIds(
  db: Knex,
  plan: MatchPlan,
  options: { limit: number; beforeId?: number },
): Promise<number[]> {
  const before = options.beforeId ? 'AND rowid < ?' : '';
  const beforeArgs = options.beforeId ? [options.beforeId] : [];
  let sql: string;
  let args: (string | number)[];
  if (plan.tri && plan.han) {
    // INTERSECT, not `rowid IN (subquery)`: the latter re-runs the trigram match per Han row
    // (seconds at 300k tickets); two index walks and a set intersection stay around a millisecond.
    sql = `SELECT rowid AS id FROM ticket_search_tri WHERE ticket_search_tri MATCH ? ${before}
           INTERSECT
           SELECT rowid AS id FROM ticket_search_han WHERE ticket_search_han MATCH ? ${before}
           ORDER BY 1 DESC LIMIT ?`;
    args = [plan.tri, ...beforeArgs, plan.han, ...beforeArgs, options.limit];
  } else if (plan.tri || plan.han) {
    const table = plan.tri ? 'ticket_search_tri' : 'ticket_search_han';
    sql = `SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ? ${before} ORDER BY rowid DESC LIMIT ?`;
    args = [(plan.tri ?? plan.han)!, ...beforeArgs, options.limit];
  } else {
    return [];
  }
  const rows: { id: number }[] = await db.raw(sql, args);
  return rows.map((r) => r.id);
}
