import type { Knex } from 'knex';

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

  const client = knex.client.config.client as string;
  if (client === 'sqlite3' || client === 'better-sqlite3') {
    await knex.raw(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END`);
    await knex.raw(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END`);
  } else if (client === 'pg' || client === 'postgres' || client === 'postgresql') {
    await knex.raw(`CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP; END $$ LANGUAGE plpgsql`);
    await knex.raw(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE
      ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  } else {
    throw new Error(`No append-only guard for database client ${client}`);
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
}
