import type { Knex } from 'knex';

// Policy 2, emergency promise: a ticket is overdue while a due time has passed and the step it
// guards has not happened (no response yet, no technician on site yet). Closed tickets
// (completed or cancelled) are never overdue. One definition for the list filter and the rows.

type DueFields = {
  status: string;
  completed_at: string | null;
  response_due_at: string | null;
  responded_at: string | null;
  onsite_due_at: string | null;
  onsite_at: string | null;
};

export function isOverdue(t: DueFields, nowIso: string): boolean {
  if (t.status === 'cancelled' || t.completed_at !== null) return false;
  const late = (due: string | null, done: string | null) =>
    due !== null && done === null && due < nowIso;
  return late(t.response_due_at, t.responded_at) || late(t.onsite_due_at, t.onsite_at);
}

/** The same rule as a WHERE clause on `tickets as t`. */
export function whereOverdue(q: Knex.QueryBuilder, nowIso: string): void {
  // Written as literal SQL, not bound values, so the planner can match the partial index
  // `tickets_open_by_reported` (migration 0012), whose predicate is exactly this.
  void q
    .whereRaw("t.completed_at IS NULL AND t.status <> 'cancelled'")
    .where((w) =>
      w
        .where((a) => a.whereNull('t.responded_at').where('t.response_due_at', '<', nowIso))
        .orWhere((b) => b.whereNull('t.onsite_at').where('t.onsite_due_at', '<', nowIso)),
    );
}
