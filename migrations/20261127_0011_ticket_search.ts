import type { Knex } from 'knex';

// Ticket search indexes (issue 3, item 10): two contentless SQLite FTS5 indexes keyed by ticket id
// (what they hold: main/search/sqliteFts.ts). The SQL is frozen here exactly as it first ran from
// that module (STYLE.md 16: a migration never imports runtime code, so what ran on a depot's
// database stays reproducible); 20261127_0011_ticket_search.test.ts proves the two agree.
export async function up(knex: Knex): Promise<void> {
  const client = knex.client.config.client as string;
  if (client !== 'sqlite3') {
    throw new Error(`Ticket search is implemented for SQLite FTS5 only (client: ${client}).`);
  }
  await knex.raw(
    `CREATE VIRTUAL TABLE ticket_search_tri USING fts5(body, content='', contentless_delete=1, tokenize='trigram')`,
  );
  await knex.raw(
    `CREATE VIRTUAL TABLE ticket_search_han USING fts5(body, content='', contentless_delete=1, tokenize='unicode61')`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TABLE IF EXISTS ticket_search_han');
  await knex.raw('DROP TABLE IF EXISTS ticket_search_tri');
}
