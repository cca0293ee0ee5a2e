import type { Knex } from 'knex';

// Dashboard panels at 1,000,000 tickets (issue 10, performance; docs/performance.md, Manage):
// the faults panel walks the tickets reported in the range and not cancelled, with their
// station and unit, from this index alone, probing ticket_faults per ticket.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.index(['reported_at', 'status', 'station_id', 'unit_id'], 'tickets_reported_cover');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.dropIndex(['reported_at', 'status', 'station_id', 'unit_id'], 'tickets_reported_cover');
  });
}
