import type { Knex } from 'knex';

// Corrective and preventive actions 改進措施 and review meetings (issue 10, item 5; policy 6).
// A problem links to fault codes (by code, across symptom/cause/measure), models, tickets and
// the complaint it came from; it has an owner, a root cause, a kind and a status, and action
// items each with a responsible person and a deadline (限期整改, a local civil date). The
// manager's effectiveness reviews are kept with the rates they saw. A review meeting
// (定期召開保修業務分析會議) records its attendees, the reported period (and the archived period
// cost report, if printed), agenda items, minutes and the problems it decided on.

const PROBLEM_STATUSES = "('open', 'in_progress', 'done', 'reviewed', 'cancelled')";

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('problems', (t) => {
    t.increments('id').primary();
    t.string('number', 20).notNullable().unique(); // CA-YYYY-NNNN, by the year it was opened
    t.string('title', 200).notNullable();
    t.string('description', 2000).nullable();
    t.string('source', 12).notNullable();
    t.integer('complaint_id').nullable().references('id').inTable('complaints');
    t.string('root_cause', 2000).nullable();
    t.string('kind', 12).notNullable();
    t.integer('owner_id').notNullable().references('id').inTable('staff');
    t.string('status', 12).notNullable();
    t.string('cancel_reason', 500).nullable();
    t.string('done_at', 30).nullable(); // when it last moved to done: the action date
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.index(['status', 'id']);
    t.index(['owner_id', 'id']);
    t.check("?? in ('trend', 'complaint', 'tickets', 'manual')", ['source'], 'problems_source');
    t.check("?? in ('corrective', 'preventive')", ['kind'], 'problems_kind');
    t.check(`?? in ${PROBLEM_STATUSES}`, ['status'], 'problems_status');
    t.check(
      "(?? = 'cancelled') = (?? is not null)",
      ['status', 'cancel_reason'],
      'problems_cancel_reason',
    );
  });

  await knex.schema.createTable('problem_fault_codes', (t) => {
    t.integer('problem_id').notNullable().references('id').inTable('problems');
    t.string('code', 20).notNullable();
    t.primary(['problem_id', 'code']);
  });
  await knex.schema.createTable('problem_models', (t) => {
    t.integer('problem_id').notNullable().references('id').inTable('problems');
    t.integer('model_id').notNullable().references('id').inTable('product_models');
    t.primary(['problem_id', 'model_id']);
  });
  await knex.schema.createTable('problem_tickets', (t) => {
    t.integer('problem_id').notNullable().references('id').inTable('problems');
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.primary(['problem_id', 'ticket_id']);
  });

  await knex.schema.createTable('problem_actions', (t) => {
    t.increments('id').primary();
    t.integer('problem_id').notNullable().references('id').inTable('problems');
    t.string('description', 500).notNullable();
    t.integer('responsible_id').notNullable().references('id').inTable('staff');
    t.string('due_date', 10).notNullable(); // YYYY-MM-DD, the depot's local date
    t.string('done_at', 30).nullable();
    t.integer('done_by').nullable().references('id').inTable('staff');
    t.string('note', 1000).nullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.index(['problem_id', 'id']);
    t.index(['responsible_id', 'done_at']);
    t.check('(?? is null) = (?? is null)', ['done_at', 'done_by'], 'problem_actions_done');
  });

  await knex.schema.createTable('problem_reviews', (t) => {
    t.increments('id').primary();
    t.integer('problem_id').notNullable().references('id').inTable('problems');
    t.string('verdict', 14).notNullable();
    t.string('note', 2000).notNullable();
    t.string('action_date', 10).nullable();
    t.integer('window_days').notNullable();
    t.integer('before_count').nullable();
    t.integer('before_of').nullable();
    t.integer('after_count').nullable();
    t.integer('after_of').nullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.index(['problem_id', 'id']);
    t.check(
      "?? in ('effective', 'not_effective', 'adjust')",
      ['verdict'],
      'problem_reviews_verdict',
    );
  });

  await knex.schema.createTable('meetings', (t) => {
    t.increments('id').primary();
    t.string('held_on', 10).notNullable();
    t.string('period_from', 10).notNullable();
    t.string('period_to', 10).notNullable();
    t.integer('report_document_id').nullable().references('id').inTable('documents');
    t.text('minutes').notNullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.index(['held_on', 'id']);
    t.check('?? <= ??', ['period_from', 'period_to'], 'meetings_period');
  });
  await knex.schema.createTable('meeting_attendees', (t) => {
    t.integer('meeting_id').notNullable().references('id').inTable('meetings');
    t.integer('staff_id').notNullable().references('id').inTable('staff');
    t.primary(['meeting_id', 'staff_id']);
  });
  await knex.schema.createTable('meeting_agenda_items', (t) => {
    t.integer('meeting_id').notNullable().references('id').inTable('meetings');
    t.integer('position').notNullable();
    t.string('text', 500).notNullable();
    t.primary(['meeting_id', 'position']);
  });
  await knex.schema.createTable('meeting_problems', (t) => {
    t.integer('meeting_id').notNullable().references('id').inTable('meetings');
    t.integer('problem_id').notNullable().references('id').inTable('problems');
    t.primary(['meeting_id', 'problem_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('meeting_problems');
  await knex.schema.dropTable('meeting_agenda_items');
  await knex.schema.dropTable('meeting_attendees');
  await knex.schema.dropTable('meetings');
  await knex.schema.dropTable('problem_reviews');
  await knex.schema.dropTable('problem_actions');
  await knex.schema.dropTable('problem_tickets');
  await knex.schema.dropTable('problem_models');
  await knex.schema.dropTable('problem_fault_codes');
  await knex.schema.dropTable('problems');
}
