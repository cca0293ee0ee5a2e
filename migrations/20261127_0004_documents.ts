import type { Knex } from 'knex';

// The archive of every printed document: the file, its sha256 and the data snapshot it was
// rendered from, so a reprint is the identical document (policy 3.3: records are kept).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('documents', (t) => {
    t.increments('id').primary();
    t.string('kind', 40).notNullable();
    t.string('language', 10).notNullable();
    t.string('entity', 40).nullable();
    t.string('entity_id', 40).nullable();
    t.string('file', 200).notNullable();
    t.string('sha256', 64).notNullable();
    t.integer('bytes').notNullable();
    t.text('snapshot').notNullable();
    t.integer('created_by').nullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.index(['entity', 'entity_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('documents');
}
