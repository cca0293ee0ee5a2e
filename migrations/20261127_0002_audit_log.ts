import type { Knex } from 'knex';
import { dropAppendOnlyGuard, guardAppendOnly } from './appendOnly';

// The append-only audit trail (policy 1: every record says who did it and when). The database
// itself refuses UPDATE and DELETE on it, so no code path, bug or SQL console can rewrite history.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id').primary();
    t.string('at', 30).notNullable();
    t.integer('staff_id').nullable().references('id').inTable('staff');
    t.string('channel', 60).notNullable();
    t.string('entity', 40).notNullable();
    t.string('entity_id', 40).nullable();
    t.string('action', 40).notNullable();
    t.text('before').nullable();
    t.text('after').nullable();
    t.index(['entity', 'entity_id']);
    t.index(['at']);
  });

  await guardAppendOnly(knex, 'audit_log');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
  await dropAppendOnlyGuard(knex, 'audit_log');
}
