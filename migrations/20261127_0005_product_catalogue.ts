import type { Knex } from 'knex';

// The product catalogue (issue 3, item 1): product types carry the default warranty period
// (policy 2: set per product type) and whether their faults are emergencies; a model may
// override the period (a national rule or a separate agreement), with a note saying which.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('product_types', (t) => {
    t.increments('id').primary();
    t.string('code', 20).notNullable().unique();
    t.string('name_en', 80).notNullable();
    t.string('name_zh', 80).notNullable();
    t.integer('warranty_months').notNullable();
    t.boolean('emergency').notNullable().defaultTo(false);
    t.boolean('active').notNullable().defaultTo(true);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
  });
  await knex.schema.createTable('product_models', (t) => {
    t.increments('id').primary();
    t.string('code', 40).notNullable().unique();
    t.string('name_en', 120).notNullable();
    t.string('name_zh', 120).notNullable();
    t.integer('product_type_id').notNullable().references('id').inTable('product_types');
    t.integer('warranty_months_override').nullable();
    t.string('override_note', 200).nullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.index(['product_type_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('product_models');
  await knex.schema.dropTable('product_types');
}
