import type { Knex } from 'knex';
import { createSearchTables, dropSearchTables } from '../main/search/sqliteFts';

// Ticket search indexes (issue 3, item 10): dialect-specific, so the SQL lives in main/search.
export async function up(knex: Knex): Promise<void> {
  await createSearchTables(knex);
}

export async function down(knex: Knex): Promise<void> {
  await dropSearchTables(knex);
}
