import type { Knex } from 'knex';

// The "overdue" filter (issue 3, item 6) only ever looks at open tickets, which are a few
// thousand among a million. A partial index over open tickets in list order lets that filter
// walk them alone instead of the whole table. Partial indexes exist in SQLite and PostgreSQL.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    `CREATE INDEX tickets_open_by_reported ON tickets (reported_at, id)
     WHERE completed_at IS NULL AND status <> 'cancelled'`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX tickets_open_by_reported');
}
