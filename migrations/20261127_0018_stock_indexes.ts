import type { Knex } from 'knex';

// Indexes for the stockroom at scale (issue 4, performance: 100,000 parts, 5,000,000 moves;
// figures in docs/performance.md). Each lets a query read an index alone instead of visiting
// millions of table rows one by one:
// - the ledger check (policy 5.2 賬實相符) sums every part's moves: (part_id, id, quantity)
//   covers it, and still serves a part's ledger newest first, so it replaces (part_id, id);
// - reordering (policy 5.2, safety stock) sums the issues and returns of the last weeks:
//   (kind, created_at, part_id, quantity) reads just those moves;
// - the parts list walks part numbers in order and filters as it goes: with the filtered
//   columns in the index (active, safety stock, names for a text prefix) a rare prefix or few
//   parts below safety no longer fetch every part's row.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('stock_moves', (t) => {
    t.index(['part_id', 'id', 'quantity'], 'stock_moves_part_ledger');
    t.index(['kind', 'created_at', 'part_id', 'quantity'], 'stock_moves_usage');
  });
  await knex.schema.alterTable('stock_moves', (t) => {
    t.dropIndex(['part_id', 'id']);
  });
  await knex.schema.alterTable('parts', (t) => {
    t.index(['part_no', 'active', 'safety_stock', 'name_en', 'name_zh'], 'parts_list_scan');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('parts', (t) => {
    t.dropIndex([], 'parts_list_scan');
  });
  await knex.schema.alterTable('stock_moves', (t) => {
    t.index(['part_id', 'id']);
  });
  await knex.schema.alterTable('stock_moves', (t) => {
    t.dropIndex([], 'stock_moves_usage');
    t.dropIndex([], 'stock_moves_part_ledger');
  });
}
