import type { Knex } from 'knex';

// Depot settings, one row per section, each a JSON document validated by main/settings.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('settings', (t) => {
    t.string('key', 40).primary();
    t.text('value').notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('updated_by').nullable().references('id').inTable('staff');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('settings');
}
