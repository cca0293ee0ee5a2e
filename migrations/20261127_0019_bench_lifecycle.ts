import type { Knex } from 'knex';
import { dropAppendOnlyGuard, guardAppendOnly } from './appendOnly';

// The bench (issue 5, items 1-2; policy 3.2-3.4): who works a ticket, and every status change
// with who and when (the ticket's timeline), kept append-only like the audit trail. (The queue's
// indexes are migration 0022.)
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.integer('assigned_to').nullable().references('id').inTable('staff');
    t.string('assigned_at', 30).nullable();
  });
  await knex.schema.createTable('ticket_transitions', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.string('from_status', 20).notNullable();
    t.string('to_status', 20).notNullable();
    t.string('note', 500).nullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.index(['ticket_id', 'id']);
  });
  await guardAppendOnly(knex, 'ticket_transitions');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('ticket_transitions');
  await dropAppendOnlyGuard(knex, 'ticket_transitions');
  await knex.schema.alterTable('tickets', (t) => {
    t.dropColumn('assigned_at');
    t.dropColumn('assigned_to');
  });
}
