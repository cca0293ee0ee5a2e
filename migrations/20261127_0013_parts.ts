import type { Knex } from 'knex';

// The parts catalogue (issue 4, item 1; policy 5.2: parts classified, labelled and stored by
// location, with a safety stock level and a maximum). Critical parts carry quotas (policy 5.3).
// Money is in integer minor units.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('parts', (t) => {
    t.increments('id').primary();
    t.string('part_no', 40).notNullable().unique();
    t.string('name_en', 120).notNullable();
    t.string('name_zh', 120).notNullable();
    t.string('category', 40).notNullable();
    t.string('unit', 10).notNullable();
    t.string('bin', 20).nullable();
    t.integer('unit_cost').notNullable();
    t.integer('safety_stock').notNullable();
    t.integer('max_stock').notNullable();
    t.boolean('critical').notNullable().defaultTo(false);
    t.integer('quota_per_line').nullable();
    t.integer('quota_per_ticket').nullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.index(['category', 'part_no']);
    t.index(['name_en']);
    t.index(['name_zh']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('parts');
}
