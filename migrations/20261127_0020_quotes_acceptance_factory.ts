import type { Knex } from 'knex';

// What the customer and the factory say about a repair (issue 5, items 4, 5, 7; policy 3.2,
// 3.4): the quote of a not-covered repair and the customer's answer, the acceptance (signed) or
// rejection that opens a re-repair, and shipments to the factory and back. Money is in minor units.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('quotes', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.integer('labour_minutes').notNullable();
    t.integer('labour_cost').notNullable();
    t.integer('parts_cost').notNullable();
    t.integer('total').notNullable();
    t.text('lines').notNullable(); // JSON: the quoted parts and labour as shown to the customer
    t.string('note', 500).nullable();
    t.string('status', 10).notNullable(); // pending | approved | declined
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.integer('decided_by').nullable().references('id').inTable('staff');
    t.string('decided_at', 30).nullable();
    t.string('decision_note', 500).nullable();
    t.index(['ticket_id', 'id']);
    t.check("?? in ('pending', 'approved', 'declined')", ['status'], 'quotes_status');
    t.check(
      '?? >= 0 and ?? >= 0 and ?? >= 0',
      ['labour_cost', 'parts_cost', 'total'],
      'quotes_money',
    );
  });
  await knex.schema.createTable('acceptances', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').notNullable().unique().references('id').inTable('tickets');
    t.string('outcome', 10).notNullable(); // accepted | rejected
    t.string('reason', 500).nullable();
    t.integer('signature_attachment_id').nullable().references('id').inTable('ticket_attachments');
    t.integer('rerepair_ticket_id').nullable().references('id').inTable('tickets');
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.check("?? in ('accepted', 'rejected')", ['outcome'], 'acceptances_outcome');
  });
  await knex.schema.createTable('factory_shipments', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.string('carrier', 80).notNullable();
    t.string('tracking_no', 60).notNullable();
    t.string('fault', 500).notNullable();
    t.integer('sent_by').notNullable().references('id').inTable('staff');
    t.string('sent_at', 30).notNullable();
    t.integer('received_by').nullable().references('id').inTable('staff');
    t.string('received_at', 30).nullable();
    t.string('factory_report', 500).nullable();
    t.index(['ticket_id', 'id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('factory_shipments');
  await knex.schema.dropTable('acceptances');
  await knex.schema.dropTable('quotes');
}
