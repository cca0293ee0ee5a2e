import type { Knex } from 'knex';
import { dropAppendOnlyGuard, guardAppendOnly } from './appendOnly';

// Aftercare (issue 10, item 2; policy 3.6): the follow-up call after every delivered ticket,
// its attempts (append-only: a call that did not reach the customer stays on the record), and
// complaints routed to a responsible person with a deadline, each with an append-only timeline.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('follow_ups', (t) => {
    t.increments('id').primary();
    // One follow-up per ticket: delivering twice never queues two calls.
    t.integer('ticket_id').notNullable().unique().references('id').inTable('tickets');
    t.string('delivered_at', 30).notNullable();
    /** The depot's local date the call is due, and the end of that day in UTC. */
    t.string('due_date', 10).notNullable();
    t.string('due_at', 30).notNullable();
    t.string('status', 10).notNullable();
    t.integer('satisfaction').nullable();
    t.string('comments', 1000).nullable();
    t.integer('done_by').nullable().references('id').inTable('staff');
    t.string('done_at', 30).nullable();
    t.string('created_at', 30).notNullable();
    // The worklist: open ones, earliest due (so overdue) first.
    t.index(['status', 'due_at', 'id']);
    t.check("?? in ('open', 'done')", ['status'], 'follow_ups_status');
    t.check(
      '?? is null or ?? between 1 and 5',
      ['satisfaction', 'satisfaction'],
      'follow_ups_score',
    );
    t.check(
      "(?? = 'open' and ?? is null and ?? is null) or (?? = 'done' and ?? is not null and ?? is not null)",
      ['status', 'satisfaction', 'done_at', 'status', 'satisfaction', 'done_at'],
      'follow_ups_done',
    );
  });

  await knex.schema.createTable('follow_up_attempts', (t) => {
    t.increments('id').primary();
    t.integer('follow_up_id').notNullable().references('id').inTable('follow_ups');
    t.string('method', 10).notNullable();
    t.boolean('reached').notNullable();
    t.integer('satisfaction').nullable();
    t.string('comments', 1000).nullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.index(['follow_up_id', 'id']);
    t.check("?? in ('phone', 'email', 'survey')", ['method'], 'follow_up_attempts_method');
    // Policy 3.6: a customer reached gives a score 1-5; one not reached gives none.
    t.check(
      '(?? and ?? between 1 and 5) or (not ?? and ?? is null)',
      ['reached', 'satisfaction', 'reached', 'satisfaction'],
      'follow_up_attempts_score',
    );
  });
  await guardAppendOnly(knex, 'follow_up_attempts');

  await knex.schema.createTable('complaints', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.integer('follow_up_id').nullable().references('id').inTable('follow_ups');
    t.string('description', 2000).notNullable();
    t.string('status', 12).notNullable();
    t.integer('responsible_id').nullable().references('id').inTable('staff');
    t.string('due_date', 10).nullable();
    t.string('resolution', 2000).nullable();
    t.integer('rerepair_ticket_id').nullable().references('id').inTable('tickets');
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.index(['responsible_id', 'status', 'id']);
    t.index(['status', 'id']);
    t.index(['ticket_id']);
    t.check("?? in ('open', 'in_progress', 'resolved', 'closed')", ['status'], 'complaints_status');
    // A complaint is resolved with what was done, and only then closed (policy 3.6).
    t.check(
      "?? in ('open', 'in_progress') or ?? is not null",
      ['status', 'resolution'],
      'complaints_resolution',
    );
  });

  await knex.schema.createTable('complaint_events', (t) => {
    t.increments('id').primary();
    t.integer('complaint_id').notNullable().references('id').inTable('complaints');
    t.string('kind', 12).notNullable();
    t.string('from_status', 12).nullable();
    t.string('to_status', 12).notNullable();
    t.integer('responsible_id').nullable().references('id').inTable('staff');
    t.string('due_date', 10).nullable();
    t.string('note', 2000).nullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.index(['complaint_id', 'id']);
    t.check(
      "?? in ('recorded', 'routed', 'started', 'resolved', 'closed')",
      ['kind'],
      'complaint_events_kind',
    );
  });
  await guardAppendOnly(knex, 'complaint_events');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('complaint_events');
  await dropAppendOnlyGuard(knex, 'complaint_events');
  await knex.schema.dropTable('complaints');
  await knex.schema.dropTable('follow_up_attempts');
  await dropAppendOnlyGuard(knex, 'follow_up_attempts');
  await knex.schema.dropTable('follow_ups');
}
