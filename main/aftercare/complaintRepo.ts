import type { Knex } from 'knex';
import { depotTimeZone, localDate } from '../intake/zonedTime';

// Reading complaints: one with its timeline, the responsible person's list and the manager's
// list of every unresolved one. "Overdue" (past its deadline, not yet resolved) is computed
// against the clock on each read.

type Db = Knex | Knex.Transaction;

export const COMPLAINT_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
/** Policy 3.6: a complaint stays on the lists until it is resolved. */
export const UNRESOLVED: readonly ComplaintStatus[] = ['open', 'in_progress'];

export type ComplaintRow = {
  id: number;
  ticketId: number;
  reportNo: string;
  followUpId: number | null;
  description: string;
  status: ComplaintStatus;
  responsible: { id: number; displayName: string } | null;
  /** The deadline, a local date in the depot. */
  dueDate: string | null;
  overdue: boolean;
  resolution: string | null;
  rerepairTicketId: number | null;
  createdAt: string;
  version: number;
};

export type ComplaintEvent = {
  id: number;
  kind: 'recorded' | 'routed' | 'started' | 'resolved' | 'closed';
  from: ComplaintStatus | null;
  to: ComplaintStatus;
  responsibleId: number | null;
  dueDate: string | null;
  note: string | null;
  by: { id: number; displayName: string };
  at: string;
};

type Raw = {
  id: number;
  ticket_id: number;
  report_no: string;
  follow_up_id: number | null;
  description: string;
  status: ComplaintStatus;
  responsible_id: number | null;
  responsible_name: string | null;
  due_date: string | null;
  resolution: string | null;
  rerepair_ticket_id: number | null;
  created_at: string;
  version: number;
};

function baseQuery(db: Db) {
  return db('complaints as k')
    .join('tickets as t', 't.id', 'k.ticket_id')
    .leftJoin('staff as s', 's.id', 'k.responsible_id')
    .select(
      'k.id',
      'k.ticket_id',
      't.report_no',
      'k.follow_up_id',
      'k.description',
      'k.status',
      'k.responsible_id',
      's.display_name as responsible_name',
      'k.due_date',
      'k.resolution',
      'k.rerepair_ticket_id',
      'k.created_at',
      'k.version',
    );
}

function toRow(r: Raw, today: string): ComplaintRow {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    reportNo: r.report_no,
    followUpId: r.follow_up_id,
    description: r.description,
    status: r.status,
    responsible:
      r.responsible_id === null
        ? null
        : { id: r.responsible_id, displayName: r.responsible_name ?? '' },
    dueDate: r.due_date,
    overdue: UNRESOLVED.includes(r.status) && r.due_date !== null && today > r.due_date,
    resolution: r.resolution,
    rerepairTicketId: r.rerepair_ticket_id,
    createdAt: r.created_at,
    version: r.version,
  };
}

const todayOf = (now: string) => localDate(new Date(now), depotTimeZone());

export async function findComplaint(db: Db, id: number, now: string): Promise<ComplaintRow | null> {
  const r = (await baseQuery(db).where('k.id', id).first()) as Raw | undefined;
  return r ? toRow(r, todayOf(now)) : null;
}

export async function complaintsOfFollowUp(
  db: Db,
  followUpId: number,
  now: string,
): Promise<ComplaintRow[]> {
  const rows = (await baseQuery(db).where('k.follow_up_id', followUpId).orderBy('k.id')) as Raw[];
  return rows.map((r) => toRow(r, todayOf(now)));
}

/** Unresolved complaints, oldest first, keyset-paged on id; one person's or everyone's. */
export async function unresolvedComplaints(
  db: Db,
  f: { responsibleId?: number; afterId?: number; limit: number; now: string },
): Promise<{ rows: ComplaintRow[]; nextCursor: string | null }> {
  const q = baseQuery(db).whereIn('k.status', UNRESOLVED);
  if (f.responsibleId !== undefined) q.where('k.responsible_id', f.responsibleId);
  if (f.afterId !== undefined) q.where('k.id', '>', f.afterId);
  const raw = (await q.orderBy('k.id').limit(f.limit + 1)) as Raw[];
  const today = todayOf(f.now);
  const rows = raw.slice(0, f.limit).map((r) => toRow(r, today));
  const last = rows.at(-1);
  return { rows, nextCursor: raw.length > f.limit && last ? String(last.id) : null };
}

export async function timelineOf(db: Db, complaintId: number): Promise<ComplaintEvent[]> {
  const rows = (await db('complaint_events as e')
    .join('staff as s', 's.id', 'e.created_by')
    .where('e.complaint_id', complaintId)
    .orderBy('e.id')
    .select(
      'e.id',
      'e.kind',
      'e.from_status',
      'e.to_status',
      'e.responsible_id',
      'e.due_date',
      'e.note',
      'e.created_by',
      's.display_name',
      'e.created_at',
    )) as {
    id: number;
    kind: ComplaintEvent['kind'];
    from_status: ComplaintStatus | null;
    to_status: ComplaintStatus;
    responsible_id: number | null;
    due_date: string | null;
    note: string | null;
    created_by: number;
    display_name: string;
    created_at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    from: r.from_status,
    to: r.to_status,
    responsibleId: r.responsible_id,
    dueDate: r.due_date,
    note: r.note,
    by: { id: r.created_by, displayName: r.display_name },
    at: r.created_at,
  }));
}
