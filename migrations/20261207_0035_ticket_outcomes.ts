import type { Knex } from 'knex';

// What each handed-back ticket came to (issue 10, performance): one row per ticket, written in
// the hand-over's own transaction (main/outcomes/), so the period cost report and the appraisal
// indicators for a year sum a third of a million narrow rows instead of costing and billing every
// ticket from its labour entries, requisitions, ledger moves, quotes and payments on each read.
// The row keeps the cost and the bill as they stood at hand-over (the bill the customer was
// given does not move when a price changes later); the later events that belong to a handed-back
// ticket (a payment, parts returned, a re-repair, the follow-up's answer) update it in their own
// transactions. Filled for earlier tickets by main/outcomes/fill.ts at start-up.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('ticket_outcomes', (t) => {
    t.integer('ticket_id').primary().references('id').inTable('tickets');
    t.string('completed_at', 40).notNullable();
    /** Local calendar days in the depot's time zone at hand-over. */
    t.string('reported_day', 10).notNullable();
    t.string('completed_day', 10).notNullable();
    t.integer('station_id').notNullable().references('id').inTable('repair_stations');
    t.integer('type_id').notNullable().references('id').inTable('product_types');
    t.integer('technician_id').nullable().references('id').inTable('staff');
    t.string('warranty_status', 20).notNullable();
    /** 0 for a unit handed back unrepaired (a declined quote, not repairable). */
    t.boolean('repaired').notNullable();
    t.integer('target_days').notNullable();
    /** The last local day that was on time (target working days after the day reported). */
    t.string('due_day', 10).notNullable();
    t.boolean('on_time').notNullable();
    t.bigInteger('minutes').notNullable();
    t.bigInteger('labour').notNullable();
    t.bigInteger('parts').notNullable();
    t.boolean('declined').notNullable();
    t.bigInteger('bill_parts').notNullable();
    t.bigInteger('bill_labour').notNullable();
    t.bigInteger('bill_fee').notNullable();
    t.bigInteger('tax').notNullable();
    t.bigInteger('paid').notNullable();
    t.integer('rerepair_id').nullable().references('id').inTable('tickets');
    t.integer('score').nullable();
    t.string('answered_at', 40).nullable();
    t.index(['completed_at'], 'ticket_outcomes_completed');
    t.index(['technician_id', 'completed_at'], 'ticket_outcomes_technician');
    // The turnaround panel: tickets per (day handed back, day reported), from the index alone.
    t.index(['completed_day', 'reported_day', 'station_id'], 'ticket_outcomes_turnaround');
    // On time re-judged for one product type (main/outcomes/onTime.ts).
    t.index(['type_id', 'reported_day'], 'ticket_outcomes_type_day');
  });
  // A ticket's first re-repair (the re-repairs pointing at it, not cancelled), by index.
  await knex.schema.alterTable('tickets', (t) => {
    t.index(['repeat_of_ticket_id', 'status'], 'tickets_repeat_of');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.dropIndex(['repeat_of_ticket_id', 'status'], 'tickets_repeat_of');
  });
  await knex.schema.dropTable('ticket_outcomes');
}
