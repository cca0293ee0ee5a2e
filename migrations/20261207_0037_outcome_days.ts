import type { Knex } from 'knex';

// The outcome rows summed per local day handed back and per what the reports group by (issue
// 10, performance): the period cost report, the cost trend and the appraisal indicators for a
// year read a few thousand day rows instead of a third of a million ticket rows. Kept exact by
// main/outcomes/days.ts: a ticket's group never changes after hand-over, so after any change to
// its outcome row that one group is summed again from ticket_outcomes, in the same transaction.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('outcome_days', (t) => {
    t.string('completed_day', 10).notNullable();
    t.integer('station_id').notNullable();
    t.integer('type_id').notNullable();
    /** The technician's staff id, 0 for a ticket handed back without one (a key has no NULL). */
    t.integer('technician_key').notNullable();
    t.boolean('covered').notNullable();
    t.boolean('repaired').notNullable();
    t.bigInteger('tickets').notNullable();
    t.bigInteger('minutes').notNullable();
    t.bigInteger('labour').notNullable();
    t.bigInteger('parts').notNullable();
    t.bigInteger('billed').notNullable();
    t.bigInteger('paid').notNullable();
    t.bigInteger('on_time').notNullable();
    t.bigInteger('success').notNullable();
    t.bigInteger('answers').notNullable();
    t.bigInteger('score_sum').notNullable();
    t.primary(['completed_day', 'station_id', 'type_id', 'technician_key', 'covered', 'repaired']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('outcome_days');
}
