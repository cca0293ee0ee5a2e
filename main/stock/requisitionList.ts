import type { Knex } from 'knex';
import { formatReqNo, type RequisitionStatus } from './requisitionRepo';
import { HANDED_BACK } from './requisitionActions';

// The requisition queue (policy 5.3): what waits for a supervisor, what waits for the
// stockroom, what is done. Newest first, keyset paged by id.

export const QUEUES = {
  pending: ['pending'],
  to_issue: ['approved', 'partially_issued'],
  done: ['issued', 'rejected'],
} as const satisfies Record<string, readonly RequisitionStatus[]>;
export type Queue = keyof typeof QUEUES | 'all';

/** Ticket statuses nothing more is issued for: the ones requisitionActions.ts refuses by. */
const ISSUE_CLOSED_STATUSES = [...HANDED_BACK, 'cancelled'];

export type RequisitionSummary = {
  id: number;
  reqNo: string;
  status: RequisitionStatus;
  ticketId: number;
  reportNo: string;
  requestedBy: string;
  requestedAt: string;
  lineCount: number;
  /** Units approved and not yet issued. */
  toIssue: number;
};

export type QueueFilter = {
  queue: Queue;
  ticketId?: number;
  requestedBy?: number;
  /** Leave out this person's own requests (nobody approves their own, policy 5.3). */
  notRequestedBy?: number;
  /** Only requisitions whose ticket may still take parts (not handed back or cancelled). */
  ticketOpen?: boolean;
};

/** The queue's filter, one for the list and its count (the inbox, main/inbox/). */
function inQueue(q: Knex.QueryBuilder, opts: QueueFilter): void {
  if (opts.queue !== 'all') q.whereIn('r.status', QUEUES[opts.queue]);
  if (opts.ticketId !== undefined) q.where('r.ticket_id', opts.ticketId);
  if (opts.requestedBy !== undefined) q.where('r.requested_by', opts.requestedBy);
  if (opts.notRequestedBy !== undefined) q.whereNot('r.requested_by', opts.notRequestedBy);
  if (opts.ticketOpen) {
    q.whereExists(
      q.client
        .queryBuilder()
        .from('tickets as ot')
        .whereRaw('ot.id = r.ticket_id')
        .whereNotIn('ot.status', ISSUE_CLOSED_STATUSES)
        .select(q.client.raw('1')),
    );
  }
}

/** How many requisitions the list `opts` holds, in every page. */
export async function countRequisitions(db: Knex, opts: QueueFilter): Promise<number> {
  const q = db('requisitions as r').count({ n: '*' });
  inQueue(q, opts);
  const [row] = (await q) as { n: number | string }[];
  return Number(row.n);
}

export async function listRequisitions(
  db: Knex,
  opts: QueueFilter & { cursor?: string; limit: number },
): Promise<{ rows: RequisitionSummary[]; next: string | null }> {
  const q = db('requisitions as r')
    .join('tickets as t', 't.id', 'r.ticket_id')
    .join('staff as s', 's.id', 'r.requested_by')
    .orderBy('r.id', 'desc')
    .limit(opts.limit + 1)
    .select(
      'r.id',
      'r.status',
      'r.ticket_id',
      'r.requested_at',
      't.report_no',
      's.display_name',
      db('requisition_lines as l')
        .count('*')
        .where('l.requisition_id', db.ref('r.id'))
        .as('line_count'),
      db('requisition_lines as l')
        .sum(db.raw('coalesce(l.approved, 0) - l.issued'))
        .where('l.requisition_id', db.ref('r.id'))
        .as('to_issue'),
    );
  inQueue(q, opts);
  if (opts.cursor !== undefined) q.where('r.id', '<', Number(opts.cursor));
  const rows = (await q) as {
    id: number;
    status: RequisitionStatus;
    ticket_id: number;
    requested_at: string;
    report_no: string;
    display_name: string;
    line_count: number | string;
    to_issue: number | string | null;
  }[];
  const page = rows.slice(0, opts.limit);
  return {
    rows: page.map((r) => ({
      id: r.id,
      reqNo: formatReqNo(r.id),
      status: r.status,
      ticketId: r.ticket_id,
      reportNo: r.report_no,
      requestedBy: r.display_name,
      requestedAt: r.requested_at,
      lineCount: Number(r.line_count),
      toIssue: Number(r.to_issue ?? 0),
    })),
    next: rows.length > opts.limit ? String(page[page.length - 1].id) : null,
  };
}
