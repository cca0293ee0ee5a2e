import type { Knex } from 'knex';

// Repair tickets (報修單, issue 3, item 3; policy 3.1). The report number is gapless per year
// and never reused: `report_counters` is bumped inside the ticket's own transaction, so a
// rolled-back intake gives its number back and a cancelled ticket keeps it.
// The warranty decision is snapshotted as JSON with the policy values used (issue 3, item 4),
// and its status is copied to a column for filtering.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('report_counters', (t) => {
    t.integer('year').primary();
    t.integer('last_seq').notNullable();
  });
  await knex.schema.createTable('tickets', (t) => {
    t.increments('id').primary();
    t.string('report_no', 20).notNullable().unique();
    t.integer('report_year').notNullable();
    t.integer('report_seq').notNullable();
    t.string('channel', 10).notNullable(); // phone | email | online | counter
    t.string('reported_at', 30).notNullable();
    t.integer('customer_id').notNullable().references('id').inTable('customers');
    t.integer('unit_id').notNullable().references('id').inTable('units');
    t.integer('station_id').notNullable().references('id').inTable('repair_stations');
    t.text('fault_description').notNullable();
    t.text('accessories').notNullable(); // JSON array of checklist codes
    t.string('accessories_note', 500).notNullable().defaultTo('');
    t.string('condition', 500).notNullable().defaultTo('');
    t.boolean('emergency').notNullable().defaultTo(false);
    t.string('status', 20).notNullable();
    t.string('warranty_status', 20).notNullable(); // covered | not_covered | unverified
    t.text('warranty_snapshot').notNullable();
    t.text('not_covered_explanation').nullable();
    t.string('offer', 20).nullable(); // paid_repair | return_unrepaired
    t.integer('repeat_of_ticket_id').nullable().references('id').inTable('tickets');
    t.string('response_due_at', 30).nullable();
    t.string('onsite_due_at', 30).nullable();
    t.string('responded_at', 30).nullable(); // filled by the bench
    t.string('onsite_at', 30).nullable(); // filled by the bench
    t.string('completed_at', 30).nullable(); // filled by the bench; starts the re-repair window
    t.string('cancelled_at', 30).nullable();
    t.integer('cancelled_by').nullable().references('id').inTable('staff');
    t.string('cancel_reason', 500).nullable();
    t.string('client_request_id', 36).notNullable().unique(); // idempotency key of the intake form
    t.string('request_hash', 64).notNullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.unique(['report_year', 'report_seq']);
    t.index(['reported_at', 'id']);
    t.index(['status', 'reported_at']);
    t.index(['station_id', 'reported_at']);
    t.index(['warranty_status', 'reported_at']);
    t.index(['emergency', 'reported_at']);
    t.index(['customer_id', 'reported_at']);
    t.index(['unit_id', 'reported_at']);
    t.index(['response_due_at']);
    t.index(['onsite_due_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('tickets');
  await knex.schema.dropTable('report_counters');
}
