import type { Knex } from 'knex';

// Catalogue administration and per-customer warranty agreements (issue 10, item 7; policy 2:
// "some products follow ... a separate agreement"). A repair station gets its address. A
// warranty agreement gives one customer its own period (whole months), for all its units or
// only one product type or one model, valid from a civil date to an optional civil date
// (inclusive, the depot's local days). Ending one sets its last day; it is never deleted, since
// tickets decided under it name it in their warranty snapshot.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('repair_stations', (t) => {
    t.string('address', 300).nullable();
  });
  await knex.schema.createTable('warranty_agreements', (t) => {
    t.increments('id').primary();
    t.string('reference_no', 20).notNullable().unique();
    t.integer('customer_id').notNullable().references('id').inTable('customers');
    t.integer('product_type_id').nullable().references('id').inTable('product_types');
    t.integer('product_model_id').nullable().references('id').inTable('product_models');
    t.integer('warranty_months').notNullable();
    t.string('valid_from', 10).notNullable(); // YYYY-MM-DD
    t.string('valid_to', 10).nullable(); // YYYY-MM-DD, the last day in force; null: open-ended
    t.string('note', 200).nullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.string('end_reason', 200).nullable();
    t.integer('ended_by').nullable().references('id').inTable('staff');
    t.string('ended_at', 30).nullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.index(['customer_id', 'valid_from']);
    t.check('?? >= 0', ['warranty_months'], 'warranty_agreements_months');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('warranty_agreements');
  await knex.schema.alterTable('repair_stations', (t) => {
    t.dropColumn('address');
  });
}
