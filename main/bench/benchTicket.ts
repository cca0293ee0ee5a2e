import type { Knex } from 'knex';
import { refuse } from '../contract/errors';
import type { Actor } from '../contract/roles';
import { getTicketDetail, type TicketDetail } from '../intake/ticketRepo';
import { SETTLED_GUARDS, TRANSITIONS, type Guard, type TicketStatus } from './lifecycle';
import { printOffers, type PrintOffers } from '../documents/benchPrintRules';
import {
  benchActions,
  mustFindBenchTicket,
  type BenchActions,
  type BenchTicket,
} from './ticketAccess';
import { ticketHistory, type HistoryEntry } from './ticketHistory';
import { unmetGuards } from './transition';

// A ticket as the bench sees it (issue 5, item 9): the intake record, who works it, its
// timeline, the quote, acceptance and factory shipments, and the moves this person may make.

export type TimelineEntry = {
  id: number;
  from: TicketStatus;
  to: TicketStatus;
  note: string | null;
  by: string;
  at: string;
};

export type NextAction = {
  to: TicketStatus;
  /** The channel that records this move with its data; null: `bench/transition`. */
  channel: string | null;
  /** The conditions the move needs (main/bench/lifecycle.ts) and those the ticket misses now. */
  guards: Guard[];
  unmet: Guard[];
};

export type Quote = {
  id: number;
  labourMinutes: number;
  labourCost: number;
  partsCost: number;
  /** Tax on the quote (issue 10, item 1); 0 on quotes made before prices had tax. */
  tax: number;
  total: number;
  note: string | null;
  status: 'pending' | 'approved' | 'declined';
  createdAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
};

export type Shipment = {
  id: number;
  carrier: string;
  trackingNo: string;
  fault: string;
  sentAt: string;
  sentBy: string;
  receivedAt: string | null;
  factoryReport: string | null;
};

export type BenchTicketView = TicketDetail & {
  status: TicketStatus;
  assignedTo: { id: number; name: string; at: string | null } | null;
  timeline: TimelineEntry[];
  /** Everything that happened, from the audit trail (./ticketHistory.ts). */
  history: HistoryEntry[];
  quote: Quote | null;
  acceptance: {
    outcome: 'accepted' | 'rejected';
    reason: string | null;
    signatureAttachmentId: number | null;
    rerepair: { id: number; reportNo: string } | null;
    at: string;
    by: string;
  } | null;
  shipments: Shipment[];
  nextActions: NextAction[];
  /** What the reader may do to it at the bench besides moving it (ticketAccess.ts), and which
   * of the documents that wait on the repair they may print (documents/benchPrintRules.ts). */
  actions: BenchActions & { print: PrintOffers };
};

/**
 * Conditions a move's own channel brings about before it moves: the customer signs in the form
 * acceptance/accept records (policy 3.4), the decline is what quotes/decide records. The screen
 * offers the move to gather them, so they are no reason for its button to wait; the core checks
 * them all the same when the move is made.
 */
const MADE_BY_CHANNEL: Partial<Record<Guard, string>> = {
  accepted: 'acceptance/accept',
  quoteDeclined: 'quotes/decide',
};

/** The moves open to this person from this status (roles and, where asked, the assignee). */
export async function actionsFor(
  db: Knex,
  ticket: BenchTicket,
  actor: Actor,
): Promise<NextAction[]> {
  const supervisor = actor.roles.includes('supervisor');
  const open = TRANSITIONS.filter(
    (t) =>
      t.from === ticket.status &&
      actor.roles.some((r) => t.roles.includes(r)) &&
      (!t.assigneeOnly || supervisor || ticket.assignedTo === actor.id),
  );
  const out: NextAction[] = [];
  for (const t of open) {
    const guards = [...(t.guards ?? [])];
    const unmet = (await unmetGuards(db, ticket, guards)).filter(
      (g) => MADE_BY_CHANNEL[g] === undefined || MADE_BY_CHANNEL[g] !== t.channel,
    );
    if (unmet.some((g) => SETTLED_GUARDS.includes(g))) continue;
    out.push({ to: t.to, channel: t.channel ?? null, guards, unmet });
  }
  return out;
}

export async function benchTicketView(
  db: Knex,
  id: number,
  actor: Actor,
  nowIso: string,
): Promise<BenchTicketView> {
  const detail = await getTicketDetail(db, id, nowIso);
  if (!detail) {
    throw refuse('NOT_FOUND', 'intake.ticketNotFound', {
      params: { id: id },
      field: 'ticketId',
      message: `No ticket #${id}.`,
    });
  }
  const extra = (await db('tickets as t')
    .leftJoin('staff as a', 'a.id', 't.assigned_to')
    .where('t.id', id)
    .first('t.assigned_to', 't.assigned_at', 'a.display_name')) as {
    assigned_to: number | null;
    assigned_at: string | null;
    display_name: string | null;
  };
  const timeline = (await db('ticket_transitions as x')
    .join('staff as s', 's.id', 'x.created_by')
    .where('x.ticket_id', id)
    .orderBy('x.id')
    .select('x.*', 's.display_name')) as {
    id: number;
    from_status: TicketStatus;
    to_status: TicketStatus;
    note: string | null;
    created_at: string;
    display_name: string;
  }[];
  const quote = (await db('quotes').where({ ticket_id: id }).orderBy('id', 'desc').first()) as
    | {
        id: number;
        labour_minutes: number;
        labour_cost: number;
        parts_cost: number;
        tax: number | null;
        total: number;
        note: string | null;
        status: Quote['status'];
        created_at: string;
        decided_at: string | null;
        decision_note: string | null;
      }
    | undefined;
  const acceptance = (await db('acceptances as a')
    .join('staff as s', 's.id', 'a.created_by')
    .leftJoin('tickets as r', 'r.id', 'a.rerepair_ticket_id')
    .where('a.ticket_id', id)
    .first('a.*', 's.display_name', 'r.report_no as rerepair_no')) as
    | {
        outcome: 'accepted' | 'rejected';
        reason: string | null;
        signature_attachment_id: number | null;
        rerepair_ticket_id: number | null;
        rerepair_no: string | null;
        created_at: string;
        display_name: string;
      }
    | undefined;
  const shipments = (await db('factory_shipments as f')
    .join('staff as s', 's.id', 'f.sent_by')
    .where('f.ticket_id', id)
    .orderBy('f.id')
    .select('f.*', 's.display_name')) as {
    id: number;
    carrier: string;
    tracking_no: string;
    fault: string;
    sent_at: string;
    display_name: string;
    received_at: string | null;
    factory_report: string | null;
  }[];
  const status = detail.status as TicketStatus;
  return {
    ...detail,
    status,
    assignedTo:
      extra.assigned_to === null
        ? null
        : { id: extra.assigned_to, name: extra.display_name ?? '', at: extra.assigned_at },
    timeline: timeline.map((x) => ({
      id: x.id,
      from: x.from_status,
      to: x.to_status,
      note: x.note,
      by: x.display_name,
      at: x.created_at,
    })),
    history: await ticketHistory(db, id, actor),
    quote: quote
      ? {
          id: quote.id,
          labourMinutes: quote.labour_minutes,
          labourCost: quote.labour_cost,
          partsCost: quote.parts_cost,
          tax: quote.tax ?? 0,
          total: quote.total,
          note: quote.note,
          status: quote.status,
          createdAt: quote.created_at,
          decidedAt: quote.decided_at,
          decisionNote: quote.decision_note,
        }
      : null,
    acceptance: acceptance
      ? {
          outcome: acceptance.outcome,
          reason: acceptance.reason,
          signatureAttachmentId: acceptance.signature_attachment_id,
          rerepair:
            acceptance.rerepair_ticket_id === null
              ? null
              : { id: acceptance.rerepair_ticket_id, reportNo: acceptance.rerepair_no ?? '' },
          at: acceptance.created_at,
          by: acceptance.display_name,
        }
      : null,
    shipments: shipments.map((f) => ({
      id: f.id,
      carrier: f.carrier,
      trackingNo: f.tracking_no,
      fault: f.fault,
      sentAt: f.sent_at,
      sentBy: f.display_name,
      receivedAt: f.received_at,
      factoryReport: f.factory_report,
    })),
    nextActions: await actionsFor(db, await mustFindBenchTicket(db, id), actor),
    actions: {
      ...benchActions(
        { reportNo: detail.reportNo, status, assignedTo: extra.assigned_to },
        actor,
        extra.display_name,
      ),
      print: printOffers(
        {
          reportNo: detail.reportNo,
          status,
          timeline: timeline.map((x) => ({ to: x.to_status, at: x.created_at })),
          acceptance: acceptance ? { outcome: acceptance.outcome } : null,
        },
        actor,
      ),
    },
  };
}
