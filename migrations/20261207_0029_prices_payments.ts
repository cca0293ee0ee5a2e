import type { Knex } from 'knex';

// Prices and payments (issue 10, item 1; policy 3.5: "otherwise the customer is charged per the
// price rules"). Money is integer minor units, time UTC ISO-8601 text, as everywhere.
// - parts.sell_price: a part's selling price per unit; null means "average cost plus the
//   markup of the part's category" (price_markups; no row = sold at cost).
// - labour_rates: the labour price per hour for a product type, a repair station, or both;
//   a ticket without a matching row is billed at the depot's policy rate.
// - quotes.tax: the tax shown on a quote priced at selling prices (null on older quotes).
// - payments: what the customer paid at hand-over, each with its own receipt number.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('parts', (t) => {
    t.integer('sell_price').nullable();
  });
  await knex.schema.alterTable('quotes', (t) => {
    t.integer('tax').nullable();
  });
  await knex.schema.createTable('price_markups', (t) => {
    t.string('category', 40).primary();
    t.integer('markup_percent').notNullable();
    t.check('?? >= 0 and ?? <= 1000', ['markup_percent', 'markup_percent'], 'price_markups_pct');
  });
  await knex.schema.createTable('labour_rates', (t) => {
    t.increments('id').primary();
    t.integer('product_type_id').nullable().references('id').inTable('product_types');
    t.integer('station_id').nullable().references('id').inTable('repair_stations');
    t.integer('rate_per_hour').notNullable();
    t.index(['product_type_id', 'station_id']);
    t.check('?? >= 0', ['rate_per_hour'], 'labour_rates_rate');
    t.check(
      '?? is not null or ?? is not null',
      ['product_type_id', 'station_id'],
      'labour_rates_scope',
    );
  });
  await knex.schema.createTable('payments', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.string('kind', 20).notNullable();
    t.string('method', 20).notNullable();
    t.integer('amount').notNullable();
    t.string('receipt_no', 40).notNullable().unique();
    t.string('note', 500).nullable();
    t.integer('recorded_by').notNullable().references('id').inTable('staff');
    t.string('recorded_at', 30).notNullable();
    t.index(['ticket_id']);
    t.check("?? in ('repair', 'inspection_fee')", ['kind'], 'payments_kind');
    t.check("?? in ('cash', 'card', 'transfer', 'other')", ['method'], 'payments_method');
    t.check('?? > 0', ['amount'], 'payments_amount');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('payments');
  await knex.schema.dropTable('labour_rates');
  await knex.schema.dropTable('price_markups');
  await knex.schema.alterTable('quotes', (t) => {
    t.dropColumn('tax');
  });
  await knex.schema.alterTable('parts', (t) => {
    t.dropColumn('sell_price');
  });
}
