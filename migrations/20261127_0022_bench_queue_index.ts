import type { Knex } from 'knex';

// The bench queue (issue 5, item 1) at scale: a station's first page must come from its few
// thousand unfinished tickets, never from the million finished ones (figures in
// docs/performance.md). These partial indexes hold the unfinished tickets in the queue's own
// order (emergencies, earliest due, oldest report), so a page is read in order and the walk
// stops after it: one per station, one across stations (a queue asked for without a station).
// Who the ticket is assigned to and its status are carried along, so the scopes and the status
// filter are checked inside the index. The queue writes its predicate as literal SQL
// (main/bench/queue.ts): the planner matches a partial index only against literals.
const UNFINISHED = "status NOT IN ('delivered', 'closed', 'cancelled')";
const ORDER = 'emergency DESC, (response_due_at IS NULL), response_due_at, reported_at, id';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    `CREATE INDEX tickets_bench_queue_station ON tickets
     (station_id, ${ORDER}, assigned_to, status) WHERE ${UNFINISHED}`,
  );
  await knex.raw(
    `CREATE INDEX tickets_bench_queue_order ON tickets
     (${ORDER}, station_id, assigned_to, status) WHERE ${UNFINISHED}`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX tickets_bench_queue_order');
  await knex.raw('DROP INDEX tickets_bench_queue_station');
}
