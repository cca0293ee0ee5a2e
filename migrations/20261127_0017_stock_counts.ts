import type { Knex } from 'knex';
import { dropAppendOnlyGuard, guardAppendOnly } from './appendOnly';

const SCOPES = ['bin', 'category'];
const STATUSES = ['open', 'posted', 'cancelled'];
const SOURCES = ['scan', 'typed', 'resolve'];

const oneOf = (values: string[]) => `?? in (${values.map((v) => `'${v}'`).join(', ')})`;

// Blind stock counts (盤點, issue 4 item 5; policy 5.2 賬實相符): a count covers the active
// parts of one bin or category, snapshotted at start. Counters record what they find without
// ever seeing the books; a supervisor reviews and posts, and each non-zero variance becomes one
// count_variance move in the ledger. `open_part_id` equals part_id while the count is open and
// is cleared when it is posted or cancelled: its UNIQUE constraint lets no part be in two open
// counts at once, whichever database. Every entry, duplicates included, is kept append-only in
// stock_count_entries so the supervisor can see what happened.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('stock_counts', (t) => {
    t.increments('id').primary();
    t.string('scope_kind', 10).notNullable();
    t.string('scope_value', 40).notNullable();
    t.string('status', 10).notNullable();
    t.string('note', 500).nullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.integer('posted_by').nullable().references('id').inTable('staff');
    t.string('posted_at', 30).nullable();
    t.integer('cancelled_by').nullable().references('id').inTable('staff');
    t.string('cancelled_at', 30).nullable();
    t.string('cancel_reason', 200).nullable();
    t.integer('version').notNullable().defaultTo(1);
    t.index(['status', 'id']);
    t.check(oneOf(SCOPES), ['scope_kind'], 'stock_counts_scope_kind');
    t.check(oneOf(STATUSES), ['status'], 'stock_counts_status');
  });
  await knex.schema.createTable('stock_count_lines', (t) => {
    t.increments('id').primary();
    t.integer('count_id').notNullable().references('id').inTable('stock_counts');
    t.integer('part_id').notNullable().references('id').inTable('parts');
    t.integer('open_part_id').nullable().unique().references('id').inTable('parts');
    t.integer('counted').nullable();
    t.integer('counted_by').nullable().references('id').inTable('staff');
    t.string('counted_at', 30).nullable();
    t.boolean('flagged').notNullable().defaultTo(false);
    t.integer('expected').nullable();
    t.integer('variance').nullable();
    t.integer('stock_move_id').nullable().references('id').inTable('stock_moves');
    t.unique(['count_id', 'part_id']);
    t.index(['part_id']);
    t.check('?? is null or ?? >= 0', ['counted', 'counted'], 'stock_count_lines_counted');
  });
  await knex.schema.createTable('stock_count_entries', (t) => {
    t.increments('id').primary();
    t.integer('count_id').notNullable().references('id').inTable('stock_counts');
    t.integer('part_id').notNullable().references('id').inTable('parts');
    t.integer('quantity').notNullable();
    t.string('source', 10).notNullable();
    t.boolean('duplicate').notNullable().defaultTo(false);
    t.integer('entered_by').notNullable().references('id').inTable('staff');
    t.string('entered_at', 30).notNullable();
    t.index(['count_id', 'id']);
    t.check(oneOf(SOURCES), ['source'], 'stock_count_entries_source');
    t.check('?? >= 0', ['quantity'], 'stock_count_entries_quantity');
  });
  await guardAppendOnly(knex, 'stock_count_entries');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('stock_count_entries');
  await dropAppendOnlyGuard(knex, 'stock_count_entries');
  await knex.schema.dropTable('stock_count_lines');
  await knex.schema.dropTable('stock_counts');
}
