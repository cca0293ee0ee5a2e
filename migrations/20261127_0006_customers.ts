import type { Knex } from 'knex';

// Customers, persons or companies (issue 3, item 1). Phones live in their own table with a
// normalised column (digits only, +886 written as 0), so "0912-345-678" and "+886 912 345 678"
// find the same customer.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('customers', (t) => {
    t.increments('id').primary();
    t.string('kind', 10).notNullable(); // person | company
    t.string('name', 120).notNullable();
    t.string('email', 120).nullable();
    t.string('address', 300).nullable();
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.index(['name']);
  });
  await knex.schema.createTable('customer_phones', (t) => {
    t.increments('id').primary();
    t.integer('customer_id')
      .notNullable()
      .references('id')
      .inTable('customers')
      .onDelete('CASCADE');
    t.string('phone', 40).notNullable(); // as typed (trimmed), for display
    t.string('phone_normalised', 20).notNullable(); // for search
    t.integer('position').notNullable().defaultTo(0);
    t.unique(['customer_id', 'phone_normalised']);
    t.index(['phone_normalised']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('customer_phones');
  await knex.schema.dropTable('customers');
}
