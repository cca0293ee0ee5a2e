import type { Knex } from 'knex';

// First start makes exactly one admin (issue 9, defect 1). Counting staff inside the setup
// transaction is not enough on a server database: under READ COMMITTED two setups both count
// zero. The setup transaction therefore claims this row; its primary key lets only one claim
// commit, whichever database runs it. A depot set up before this migration already has staff,
// which setup still refuses, so no claim is back-filled.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('setup_claim', (t) => {
    t.string('claim', 20).primary();
    t.integer('staff_id').notNullable().references('id').inTable('staff');
    t.string('claimed_at', 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('setup_claim');
}
