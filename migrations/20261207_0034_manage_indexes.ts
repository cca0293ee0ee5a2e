import type { Knex } from 'knex';

// The turnaround panel (issue 10, item 4) reads, for every ticket handed back in a range, when it
// was reported and its status. A covering index over (completed_at, status, reported_at) answers
// it from the index alone, with no lookup into the tickets table per row: a year at 50,000
// tickets went from 168 ms to 2 ms of SQL (bench/manage.ts, docs/performance.md, Manage).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.index(['completed_at', 'status', 'reported_at'], 'tickets_completed_turnaround');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.dropIndex(['completed_at', 'status', 'reported_at'], 'tickets_completed_turnaround');
  });
}
