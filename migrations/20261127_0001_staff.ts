import type { Knex } from 'knex';

// Staff accounts and their roles (issue 2, item 6). PINs are stored only as scrypt hashes.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('staff', (t) => {
    t.increments('id').primary();
    t.string('username', 40).notNullable().unique();
    t.string('display_name', 80).notNullable();
    t.string('pin_hash', 200).notNullable();
    t.integer('failed_pins').notNullable().defaultTo(0);
    t.string('locked_until', 30).nullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
  });
  await knex.schema.createTable('staff_roles', (t) => {
    t.integer('staff_id').notNullable().references('id').inTable('staff').onDelete('CASCADE');
    t.string('role', 30).notNullable();
    t.primary(['staff_id', 'role']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('staff_roles');
  await knex.schema.dropTable('staff');
}
