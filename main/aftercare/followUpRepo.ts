import type { Knex } from 'knex';
import { bool } from '../intake/rows';

// Reading follow-ups: the worklist (open ones, earliest due first, so the overdue ones lead)
// and one follow-up with every attempt. "Overdue" is computed against the clock on each read,
// never stored, so it cannot go stale.

type Db = Knex | Knex.Transaction;

export type FollowUpMethod = 'phone' | 'email' | 'survey';

export type FollowUpRow = {
  id: number;
  ticketId: number;
  reportNo: string;
  customerId: number;
  customerName: string;
  phone: string | null;
  deliveredAt: string;
  /** The depot's local date the call is due (policy 3.6: N working days after delivery). */
  dueDate: string;
  dueAt: string;
  status: 'open' | 'done';
  overdue: boolean;
  attempts: number;
  satisfaction: number | null;
  comments: string | null;
  doneAt: string | null;
};

export type FollowUpAttempt = {
  id: number;
  method: FollowUpMethod;
  reached: boolean;
  satisfaction: number | null;
  comments: string | null;
  by: { id: number; displayName: string };
  at: string;
};

type Raw = {
  id: number;
  ticket_id: number;
  report_no: string;
  customer_id: number;
  customer_name: string;
  phone: string | null;
  delivered_at: string;
  due_date: string;
  due_at: string;
  status: 'open' | 'done';
  attempts: number | string;
  satisfaction: number | null;
  comments: string | null;
  done_at: string | null;
};

function baseQuery(db: Db) {
  return db('follow_ups as f')
    .join('tickets as t', 't.id', 'f.ticket_id')
    .join('customers as c', 'c.id', 't.customer_id')
    .select(
      'f.id',
      'f.ticket_id',
      't.report_no',
      'c.id as customer_id',
      'c.name as customer_name',
      'f.delivered_at',
      'f.due_date',
      'f.due_at',
      'f.status',
      'f.satisfaction',
      'f.comments',
      'f.done_at',
      db('customer_phones as p')
        .whereRaw('p.customer_id = c.id')
        .orderBy('p.position')
        .orderBy('p.id')
        .limit(1)
        .select('p.phone')
        .as('phone'),
      db('follow_up_attempts as a').whereRaw('a.follow_up_id = f.id').count('*').as('attempts'),
    );
}

function toRow(r: Raw, now: string): FollowUpRow {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    reportNo: r.report_no,
    customerId: r.customer_id,
    customerName: r.customer_name,
    phone: r.phone,
    deliveredAt: r.delivered_at,
    dueDate: r.due_date,
    dueAt: r.due_at,
    status: r.status,
    overdue: r.status === 'open' && now > r.due_at,
    attempts: Number(r.attempts),
    satisfaction: r.satisfaction,
    comments: r.comments,
    doneAt: r.done_at,
  };
}

export type WorklistCursor = { dueAt: string; id: number };

export type WorklistFilter = { overdueOnly: boolean; now: string };

/** The worklist's filter, one for the list and its count (the inbox, main/inbox/). */
function onWorklist(q: Knex.QueryBuilder, f: WorklistFilter): void {
  q.where('f.status', 'open');
  if (f.overdueOnly) q.where('f.due_at', '<', f.now);
}

/** How many follow-ups the worklist `f` holds, in every page. */
export async function countWorklist(db: Db, f: WorklistFilter): Promise<number> {
  const q = db('follow_ups as f').count({ n: '*' });
  onWorklist(q, f);
  const [row] = (await q) as { n: number | string }[];
  return Number(row.n);
}

/** Open follow-ups, earliest due first (overdue ones lead), keyset-paged on (due_at, id). */
export async function followUpWorklist(
  db: Db,
  f: WorklistFilter & { after?: WorklistCursor; limit: number },
): Promise<{ rows: FollowUpRow[]; nextCursor: string | null }> {
  const q = baseQuery(db);
  onWorklist(q, f);
  const after = f.after;
  if (after) {
    q.where((w) =>
      w
        .where('f.due_at', '>', after.dueAt)
        .orWhere((e) => e.where('f.due_at', after.dueAt).where('f.id', '>', after.id)),
    );
  }
  const raw = (await q
    .orderBy('f.due_at')
    .orderBy('f.id')
    .limit(f.limit + 1)) as Raw[];
  const rows = raw.slice(0, f.limit).map((r) => toRow(r, f.now));
  const last = rows.at(-1);
  return {
    rows,
    nextCursor: raw.length > f.limit && last ? `${last.dueAt}|${last.id}` : null,
  };
}

export async function findFollowUp(db: Db, id: number, now: string): Promise<FollowUpRow | null> {
  const r = (await baseQuery(db).where('f.id', id).first()) as Raw | undefined;
  return r ? toRow(r, now) : null;
}

export async function attemptsOf(db: Db, followUpId: number): Promise<FollowUpAttempt[]> {
  const rows = (await db('follow_up_attempts as a')
    .join('staff as s', 's.id', 'a.created_by')
    .where('a.follow_up_id', followUpId)
    .orderBy('a.id')
    .select(
      'a.id',
      'a.method',
      'a.reached',
      'a.satisfaction',
      'a.comments',
      'a.created_by',
      's.display_name',
      'a.created_at',
    )) as {
    id: number;
    method: FollowUpMethod;
    reached: unknown;
    satisfaction: number | null;
    comments: string | null;
    created_by: number;
    display_name: string;
    created_at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    method: r.method,
    reached: bool(r.reached),
    satisfaction: r.satisfaction,
    comments: r.comments,
    by: { id: r.created_by, displayName: r.display_name },
    at: r.created_at,
  }));
}
