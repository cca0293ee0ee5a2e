import type { Knex } from 'knex';

// Staff training and appraisal (issue 10, item 3; policy 4). Training records per staff member:
// the course, its kind, the day it was held (the depot's local date), its length in whole minutes,
// the trainer and the result. A product type may set its own turnaround target in working days
// for the on-time repair rate; null means the depot's default (Settings > Appraisal).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('training_records', (t) => {
    t.increments('id').primary();
    t.integer('staff_id').notNullable().references('id').inTable('staff');
    t.string('course', 200).notNullable();
    t.string('kind', 30).notNullable();
    t.string('held_on', 10).notNullable(); // YYYY-MM-DD, the depot's local date
    t.integer('minutes').notNullable();
    t.string('trainer', 120).notNullable();
    t.string('result', 10).notNullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.index(['staff_id', 'held_on']);
    t.index(['held_on']);
    t.check(
      "?? in ('product_knowledge', 'repair_skills', 'service_rules', 'safety')",
      ['kind'],
      'training_records_kind',
    );
    t.check("?? in ('passed', 'failed', 'attended')", ['result'], 'training_records_result');
    t.check('?? > 0', ['minutes'], 'training_records_minutes');
  });
  await knex.schema.alterTable('product_types', (t) => {
    t.integer('turnaround_working_days').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('product_types', (t) => {
    t.dropColumn('turnaround_working_days');
  });
  await knex.schema.dropTable('training_records');
}
