import type { Knex } from 'knex';

// Units: one physical product, a model plus its serial number (issue 3, item 1). A serial is
// registered once per model and recognised when it comes back. The purchase invoice date starts
// the warranty period (policy 2), so it is a date, not an instant.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('units', (t) => {
    t.increments('id').primary();
    t.integer('model_id').notNullable().references('id').inTable('product_models');
    t.string('serial', 40).notNullable();
    t.string('invoice_date', 10).nullable(); // YYYY-MM-DD
    t.string('invoice_no', 40).nullable();
    t.string('seller', 120).nullable();
    t.integer('customer_id').nullable().references('id').inTable('customers'); // last known owner
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.unique(['model_id', 'serial']);
    t.index(['serial']);
    t.index(['customer_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('units');
}
