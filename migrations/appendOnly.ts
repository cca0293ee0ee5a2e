import type { Knex } from 'knex';

// Append-only tables (the audit trail, the stock ledger): the database itself refuses UPDATE
// and DELETE, so no code path, bug or SQL console can rewrite history. Not a migration: the
// migrations that create such a table call it.

const isPostgres = (client: string) => ['pg', 'postgres', 'postgresql'].includes(client);

export async function guardAppendOnly(knex: Knex, table: string): Promise<void> {
  const client = knex.client.config.client as string;
  if (client === 'sqlite3' || client === 'better-sqlite3') {
    await knex.raw(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only: UPDATE refused'); END`);
    await knex.raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only: DELETE refused'); END`);
  } else if (isPostgres(client)) {
    await knex.raw(`CREATE FUNCTION ${table}_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION '${table} is append-only: % refused', TG_OP; END $$ LANGUAGE plpgsql`);
    await knex.raw(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE
      ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${table}_append_only()`);
  } else {
    throw new Error(`No append-only guard for database client ${client}`);
  }
}

/** After the table is dropped: PostgreSQL keeps the trigger function, so drop it too. */
export async function dropAppendOnlyGuard(knex: Knex, table: string): Promise<void> {
  if (isPostgres(knex.client.config.client as string)) {
    await knex.raw(`DROP FUNCTION IF EXISTS ${table}_append_only()`);
  }
}
