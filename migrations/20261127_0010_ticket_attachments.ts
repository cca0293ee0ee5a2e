import type { Knex } from 'knex';

// Photos of a returned unit and the customer's signature (issue 3, items 3 and 8). The files
// live in the data folder, named by their sha256 (main/attachments/); a row ties one to its
// ticket. A ticket has at most one signature: it acknowledges the receipt, which must not
// change silently, so the database refuses a second one even from two desks at once.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('ticket_attachments', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.string('kind', 10).notNullable(); // photo | signature
    t.string('sha256', 64).notNullable();
    t.string('mime', 20).notNullable(); // image/png | image/jpeg
    t.integer('bytes').notNullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.index(['ticket_id', 'kind']);
    t.unique(['ticket_id'], {
      indexName: 'ticket_attachments_one_signature',
      predicate: knex.whereRaw("kind = 'signature'"),
    });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('ticket_attachments');
}
