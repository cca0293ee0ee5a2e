import type { Knex } from 'knex';

// Suppliers per part (issue 4, item 1; policy 5.1: choose suppliers): who sells the part, under
// which of their own numbers, and how many days an order takes. At most one supplier per part is
// the preferred one (checked by the handlers, held by a partial unique index); reordering reads its lead time.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('part_suppliers', (t) => {
    t.increments('id').primary();
    t.integer('part_id').notNullable().references('id').inTable('parts');
    t.string('supplier', 120).notNullable();
    t.string('supplier_part_no', 60).nullable();
    t.integer('lead_time_days').notNullable();
    t.boolean('preferred').notNullable().defaultTo(false);
    t.unique(['part_id', 'supplier']);
    t.index(['supplier']);
  });
  // At most one preferred supplier per part, held by the database too (a partial unique index,
  // on SQLite and PostgreSQL alike), so two writers cannot both set one.
  await knex.schema.alterTable('part_suppliers', (t) => {
    t.unique(['part_id'], {
      indexName: 'part_suppliers_one_preferred',
      predicate: knex.whereRaw('preferred'),
    });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('part_suppliers');
}
