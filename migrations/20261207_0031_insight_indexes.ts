import type { Knex } from 'knex';

// The manager's dashboard (issue 10, item 4) reads each panel's range by an index that holds
// every column the panel needs, so a year out of 1,000,000 tickets is read from the index alone,
// never row by row from the table (a ticket row carries its warranty snapshot and is wide):
// - turnaround: the tickets handed back in a range (completed_at), with their report time,
//   station and status; one index across stations and one per station;
// - emergency SLA: the emergency tickets reported in a range with their due and response times;
// - backlog: the open tickets (the predicate of migration 0012, so it stays small) by station,
//   status and report time;
// - satisfaction: the follow-up answers recorded in a range of days (done_at).
// Partial indexes exist in SQLite and PostgreSQL; the predicate is literal, as the queries are.
const OPEN = "completed_at IS NULL AND status <> 'cancelled'";

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.index(['completed_at', 'station_id', 'status', 'reported_at'], 'tickets_turnaround');
    t.index(['station_id', 'completed_at', 'status', 'reported_at'], 'tickets_turnaround_station');
    t.index(
      ['emergency', 'reported_at', 'station_id', 'status', 'response_due_at', 'responded_at'],
      'tickets_emergency_sla',
    );
  });
  await knex.raw(
    `CREATE INDEX tickets_backlog ON tickets (station_id, status, reported_at) WHERE ${OPEN}`,
  );
  await knex.schema.alterTable('follow_ups', (t) => {
    t.index(['done_at', 'ticket_id', 'satisfaction'], 'follow_ups_done_at');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('follow_ups', (t) => {
    t.dropIndex([], 'follow_ups_done_at');
  });
  await knex.raw('DROP INDEX tickets_backlog');
  await knex.schema.alterTable('tickets', (t) => {
    t.dropIndex([], 'tickets_emergency_sla');
    t.dropIndex([], 'tickets_turnaround_station');
    t.dropIndex([], 'tickets_turnaround');
  });
}
