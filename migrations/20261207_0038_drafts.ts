import type { Knex } from 'knex';

// Drafts survive (issue 11, item 4): a half-typed form (the intake first) is kept per staff
// member and form, in the database rather than the browser, so it outlives a workspace switch,
// the lock, a staff switch on the same workstation and a reload. Not a business record: it is
// overwritten while the person types and removed when the form is registered or discarded.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('drafts', (t) => {
    t.integer('staff_id').notNullable().references('id').inTable('staff');
    /** Which form: one of a fixed list in main/drafts (e.g. 'intake'). */
    t.string('form', 40).notNullable();
    /** The form's values as JSON, as the screen last saved them. */
    t.text('data').notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable();
    t.primary(['staff_id', 'form']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('drafts');
}
