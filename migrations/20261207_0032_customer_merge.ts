import type { Knex } from 'knex';

// Customer records (issue 10, item 6): a duplicate customer is merged into the one kept, never
// deleted: the merged row stays, marked with the customer it went into, when and by whom, so the
// audit trail and archived documents that name it still resolve. E-mail gets an index for the
// customer screen's prefix search.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => {
    t.integer('merged_into_id').nullable().references('id').inTable('customers');
    t.string('merged_at', 30).nullable();
    t.integer('merged_by').nullable().references('id').inTable('staff');
    t.index(['merged_into_id']);
    t.index(['email']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => {
    t.dropIndex(['email']);
    t.dropIndex(['merged_into_id']);
    t.dropColumn('merged_by');
    t.dropColumn('merged_at');
    t.dropColumn('merged_into_id');
  });
}
