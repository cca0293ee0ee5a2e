import type { Knex } from 'knex';

// Repair stations (維修站點, issue 3, item 2): every ticket belongs to one; costs and KPIs are
// reported per station (policy 3.5, 4).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('repair_stations', (t) => {
    t.increments('id').primary();
    t.string('code', 20).notNullable().unique();
    t.string('name_en', 80).notNullable();
    t.string('name_zh', 80).notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('repair_stations');
}
