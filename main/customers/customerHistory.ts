import type { Knex } from 'knex';
import type { ComplaintStatus } from '../aftercare/complaintRepo';
import type { TicketStatus } from '../bench/lifecycle';
import type { WarrantyStatus } from '../intake/warranty';
import type { StoredWarranty } from '../intake/warrantySnapshot';

// A customer's history for the customer screen (issue 10, item 6): the units on record as
// theirs, their tickets (status, dates, warranty), the follow-up calls after those tickets with
// their scores, and the complaints. Read from the intake, bench and aftercare tables; newest
// first, the tickets capped so a dealer with thousands still opens at once.

export const HISTORY_TICKETS = 100;

export type HistoryUnit = {
  id: number;
  serial: string;
  modelCode: string;
  modelNameEn: string;
  modelNameZh: string;
  invoiceDate: string | null;
};

export type HistoryTicket = {
  id: number;
  reportNo: string;
  status: TicketStatus;
  reportedAt: string;
  completedAt: string | null;
  warrantyStatus: WarrantyStatus;
  /** The last covered day as decided at intake (null: unknown, e.g. no invoice date). */
  warrantyExpiresOn: string | null;
  serial: string;
  modelCode: string;
};

export type HistoryFollowUp = {
  id: number;
  ticketId: number;
  reportNo: string;
  status: 'open' | 'done';
  dueDate: string;
  satisfaction: number | null;
  comments: string | null;
  doneAt: string | null;
};

export type HistoryComplaint = {
  id: number;
  ticketId: number;
  reportNo: string;
  status: ComplaintStatus;
  description: string;
  dueDate: string | null;
  resolution: string | null;
  createdAt: string;
};

export type CustomerHistory = {
  units: HistoryUnit[];
  tickets: HistoryTicket[];
  /** More tickets than shown (only the newest HISTORY_TICKETS are). */
  moreTickets: boolean;
  followUps: HistoryFollowUp[];
  complaints: HistoryComplaint[];
};

export async function customerHistory(db: Knex, customerId: number): Promise<CustomerHistory> {
  const units: {
    id: number;
    serial: string;
    code: string;
    name_en: string;
    name_zh: string;
    invoice_date: string | null;
  }[] = await db('units as u')
    .join('product_models as m', 'm.id', 'u.model_id')
    .where('u.customer_id', customerId)
    .orderBy('u.id', 'desc')
    .select('u.id', 'u.serial', 'm.code', 'm.name_en', 'm.name_zh', 'u.invoice_date');

  const tickets: {
    id: number;
    report_no: string;
    status: TicketStatus;
    reported_at: string;
    completed_at: string | null;
    warranty_status: WarrantyStatus;
    warranty_snapshot: string;
    serial: string;
    code: string;
  }[] = await db('tickets as t')
    .join('units as u', 'u.id', 't.unit_id')
    .join('product_models as m', 'm.id', 'u.model_id')
    .where('t.customer_id', customerId)
    .orderBy([
      { column: 't.reported_at', order: 'desc' },
      { column: 't.id', order: 'desc' },
    ])
    .limit(HISTORY_TICKETS + 1)
    .select(
      't.id',
      't.report_no',
      't.status',
      't.reported_at',
      't.completed_at',
      't.warranty_status',
      't.warranty_snapshot',
      'u.serial',
      'm.code',
    );
  const shown = tickets.slice(0, HISTORY_TICKETS);
  const ticketIds = shown.map((t) => t.id);

  const followUps: {
    id: number;
    ticket_id: number;
    report_no: string;
    status: 'open' | 'done';
    due_date: string;
    satisfaction: number | null;
    comments: string | null;
    done_at: string | null;
  }[] = ticketIds.length
    ? await db('follow_ups as f')
        .join('tickets as t', 't.id', 'f.ticket_id')
        .whereIn('f.ticket_id', ticketIds)
        .orderBy('f.id', 'desc')
        .select(
          'f.id',
          'f.ticket_id',
          't.report_no',
          'f.status',
          'f.due_date',
          'f.satisfaction',
          'f.comments',
          'f.done_at',
        )
    : [];

  const complaints: {
    id: number;
    ticket_id: number;
    report_no: string;
    status: ComplaintStatus;
    description: string;
    due_date: string | null;
    resolution: string | null;
    created_at: string;
  }[] = ticketIds.length
    ? await db('complaints as c')
        .join('tickets as t', 't.id', 'c.ticket_id')
        .whereIn('c.ticket_id', ticketIds)
        .orderBy('c.id', 'desc')
        .select(
          'c.id',
          'c.ticket_id',
          't.report_no',
          'c.status',
          'c.description',
          'c.due_date',
          'c.resolution',
          'c.created_at',
        )
    : [];

  return {
    units: units.map((u) => ({
      id: u.id,
      serial: u.serial,
      modelCode: u.code,
      modelNameEn: u.name_en,
      modelNameZh: u.name_zh,
      invoiceDate: u.invoice_date,
    })),
    tickets: shown.map((t) => ({
      id: t.id,
      reportNo: t.report_no,
      status: t.status,
      reportedAt: t.reported_at,
      completedAt: t.completed_at,
      warrantyStatus: t.warranty_status,
      warrantyExpiresOn: (JSON.parse(t.warranty_snapshot) as StoredWarranty).expiresOn,
      serial: t.serial,
      modelCode: t.code,
    })),
    moreTickets: tickets.length > HISTORY_TICKETS,
    followUps: followUps.map((f) => ({
      id: f.id,
      ticketId: f.ticket_id,
      reportNo: f.report_no,
      status: f.status,
      dueDate: f.due_date,
      satisfaction: f.satisfaction,
      comments: f.comments,
      doneAt: f.done_at,
    })),
    complaints: complaints.map((c) => ({
      id: c.id,
      ticketId: c.ticket_id,
      reportNo: c.report_no,
      status: c.status,
      description: c.description,
      dueDate: c.due_date,
      resolution: c.resolution,
      createdAt: c.created_at,
    })),
  };
}
