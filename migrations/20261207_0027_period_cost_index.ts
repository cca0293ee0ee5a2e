import type { Knex } from 'knex';

// The period cost report (issue 10, item 1; policy 3.5) reads the tickets completed in a date
// range: an index on completed_at reads just that range instead of every ticket (a year out of
// 1,000,000). Still-open tickets have no completed_at and are left out of it.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.index(['completed_at'], 'tickets_completed');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.dropIndex(['completed_at'], 'tickets_completed');
  });
}
