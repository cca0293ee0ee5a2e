import type { Knex } from 'knex';
import { isOverdue } from '../intake/overdue';
import { FINISHED, type TicketStatus } from './lifecycle';

// The bench queue (issue 5, item 1): a station's unfinished tickets, mine or unclaimed, in the
// order they should be worked: emergencies first, then the earliest due, then the oldest report.
// The partial indexes of migration 0022 hold unfinished tickets only, in this order, so the queue
// reads a station's first page however many million tickets are finished. The status filter is
// literal SQL matching their predicate (SQLite matches a partial index only on literal terms).

export type QueueScope = 'mine' | 'unassigned' | 'mineOrUnassigned' | 'all';

export type QueueRow = {
  id: number;
  reportNo: string;
  status: TicketStatus;
  emergency: boolean;
  overdue: boolean;
  reportedAt: string;
  responseDueAt: string | null;
  onSiteDueAt: string | null;
  warrantyStatus: string;
  modelCode: string;
  serial: string;
  customerName: string;
  station: string;
  assignedTo: { id: number; name: string } | null;
  version: number;
};

export type QueueFilter = {
  stationId?: number;
  scope: QueueScope;
  actorId: number;
  statuses?: TicketStatus[];
};

/** The queue's filter, one for the list and its count (the inbox, main/inbox/). */
function inQueue(query: Knex.QueryBuilder, q: QueueFilter): void {
  // Literal SQL, not bound values, so the planner can match the queue's partial indexes
  // (migrations 0019, 0022), whose predicate is exactly this.
  query.whereRaw(`t.status NOT IN (${FINISHED.map((s) => `'${s}'`).join(', ')})`);
  if (q.stationId !== undefined) query.where('t.station_id', q.stationId);
  if (q.statuses?.length) query.whereIn('t.status', q.statuses);
  if (q.scope === 'mine') query.where('t.assigned_to', q.actorId);
  if (q.scope === 'unassigned') query.whereNull('t.assigned_to');
  if (q.scope === 'mineOrUnassigned') {
    query.where((w) => w.where('t.assigned_to', q.actorId).orWhereNull('t.assigned_to'));
  }
}

/** How many tickets the queue `q` holds, in every page. */
export async function countQueue(db: Knex, q: QueueFilter): Promise<number> {
  const query = db('tickets as t').count({ n: '*' });
  inQueue(query, q);
  const [row] = (await query) as { n: number | string }[];
  return Number(row.n);
}

export async function benchQueue(
  db: Knex,
  q: QueueFilter & {
    offset: number;
    limit: number;
    now: string;
  },
): Promise<{ rows: QueueRow[]; next: string | null }> {
  const query = db('tickets as t')
    .join('units as u', 'u.id', 't.unit_id')
    .join('product_models as m', 'm.id', 'u.model_id')
    .join('customers as c', 'c.id', 't.customer_id')
    .join('repair_stations as st', 'st.id', 't.station_id')
    .leftJoin('staff as a', 'a.id', 't.assigned_to')
    .orderBy([
      { column: 't.emergency', order: 'desc' },
      // On SQLite knex writes "nulls last" as `(due IS NULL)` alone: the due time follows it.
      { column: 't.response_due_at', order: 'asc', nulls: 'last' },
      { column: 't.response_due_at', order: 'asc' },
      { column: 't.reported_at', order: 'asc' },
      { column: 't.id', order: 'asc' },
    ])
    .offset(q.offset)
    .limit(q.limit + 1)
    .select(
      't.id',
      't.report_no',
      't.status',
      't.emergency',
      't.reported_at',
      't.response_due_at',
      't.onsite_due_at',
      't.responded_at',
      't.onsite_at',
      't.completed_at',
      't.warranty_status',
      't.version',
      't.assigned_to',
      'm.code as model_code',
      'u.serial',
      'c.name as customer_name',
      'st.code as station_code',
      'a.display_name as assigned_name',
    );
  inQueue(query, q);
  const rows = (await query) as {
    id: number;
    report_no: string;
    status: TicketStatus;
    emergency: number | boolean;
    reported_at: string;
    response_due_at: string | null;
    onsite_due_at: string | null;
    responded_at: string | null;
    onsite_at: string | null;
    completed_at: string | null;
    warranty_status: string;
    version: number;
    assigned_to: number | null;
    model_code: string;
    serial: string;
    customer_name: string;
    station_code: string;
    assigned_name: string | null;
  }[];
  const page = rows.slice(0, q.limit);
  return {
    rows: page.map((r) => ({
      id: r.id,
      reportNo: r.report_no,
      status: r.status,
      emergency: r.emergency === true || r.emergency === 1,
      overdue: isOverdue(r, q.now),
      reportedAt: r.reported_at,
      responseDueAt: r.response_due_at,
      onSiteDueAt: r.onsite_due_at,
      warrantyStatus: r.warranty_status,
      modelCode: r.model_code,
      serial: r.serial,
      customerName: r.customer_name,
      station: r.station_code,
      assignedTo:
        r.assigned_to === null ? null : { id: r.assigned_to, name: r.assigned_name ?? '' },
      version: r.version,
    })),
    next: rows.length > q.limit ? String(q.offset + q.limit) : null,
  };
}
