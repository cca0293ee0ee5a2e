import type { Knex } from 'knex';

// Which parts fit which product models (issue 11, item 5): a part picker finds parts by the model
// of the unit on the bench, and lists those that fit first. Kept by the stockroom from the part's
// detail; a pair is there or not, so the table holds no more than the pair and who added it.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('part_models', (t) => {
    t.integer('part_id').notNullable().references('id').inTable('parts');
    t.integer('model_id').notNullable().references('id').inTable('product_models');
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.primary(['part_id', 'model_id']);
    // "Parts that fit this model" reads by model.
    t.index(['model_id', 'part_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('part_models');
}
