import type { Knex } from 'knex';
import { dropAppendOnlyGuard, guardAppendOnly } from './appendOnly';

const KINDS = ['receipt', 'issue', 'return', 'adjustment', 'count_variance', 'scrap'];

// The stock ledger (issue 4, item 2): every movement is an append-only row in stock_moves (the
// database refuses UPDATE and DELETE, like audit_log); stock_levels keeps on-hand and the
// moving-average cost in step, in the same transaction. Receipts keep the inspection record
// (policy 5.1: accepted and rejected quantities).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('stock_levels', (t) => {
    t.integer('part_id').primary().references('id').inTable('parts');
    t.integer('on_hand').notNullable().defaultTo(0);
    t.integer('avg_cost').notNullable().defaultTo(0);
    t.integer('version').notNullable().defaultTo(1);
    t.string('updated_at', 30).notNullable();
    t.check('?? >= 0', ['on_hand'], 'stock_levels_never_negative');
  });
  await knex.schema.createTable('stock_moves', (t) => {
    t.increments('id').primary();
    t.integer('part_id').notNullable().references('id').inTable('parts');
    t.string('kind', 20).notNullable();
    t.integer('quantity').notNullable();
    t.integer('unit_cost').notNullable();
    t.string('ref_type', 20).notNullable();
    t.string('ref_id', 40).nullable();
    t.string('note', 200).nullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.index(['part_id', 'id']);
    t.check(`?? in (${KINDS.map((k) => `'${k}'`).join(', ')})`, ['kind'], 'stock_moves_kind');
  });
  await knex.schema.createTable('receipts', (t) => {
    t.increments('id').primary();
    t.string('supplier', 120).notNullable();
    t.string('reference', 60).notNullable();
    t.integer('received_by').notNullable().references('id').inTable('staff');
    t.string('received_at', 30).notNullable();
  });
  await knex.schema.createTable('receipt_lines', (t) => {
    t.increments('id').primary();
    t.integer('receipt_id').notNullable().references('id').inTable('receipts');
    t.integer('line_no').notNullable();
    t.integer('part_id').notNullable().references('id').inTable('parts');
    t.integer('received').notNullable();
    t.integer('accepted').notNullable();
    t.integer('rejected').notNullable();
    t.string('reject_reason', 200).nullable();
    t.integer('unit_cost').notNullable();
    t.integer('stock_move_id').nullable().references('id').inTable('stock_moves');
    t.unique(['receipt_id', 'line_no']);
    t.index(['part_id']);
  });

  await guardAppendOnly(knex, 'stock_moves');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('receipt_lines');
  await knex.schema.dropTable('receipts');
  await knex.schema.dropTable('stock_moves');
  await knex.schema.dropTable('stock_levels');
  await dropAppendOnlyGuard(knex, 'stock_moves');
}
