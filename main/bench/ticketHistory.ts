import type { Knex } from 'knex';
import { formatReqNo } from '../stock/requisitionRepo';
import type { Actor, Role } from '../contract/roles';
import { PAYMENT_READ } from '../pricing/access';

// Everything that happened to a ticket (issue 11, item 5; policy 1: every step by a named person,
// and the audit trail keeps it): intake, notes, fault codes, labour, requisitions and their
// approval, issue and return, quotes and the customer's answer, documents printed, payments,
// assignment, acceptance and every status change, each with who and when. Read from the audit
// trail, which every write of these commits with the change itself; the screen words each kind
// in the reader's language from `kind` and `params`.

/** What an entry records; the screen has a sentence for each, in both languages. */
export const HISTORY_KINDS = [
  'intake',
  'status',
  'claim',
  'assign',
  'note',
  'fault',
  'faultRemoved',
  'labour',
  'check',
  'quote',
  'quoteApproved',
  'quoteDeclined',
  'requisition',
  'requisitionApproved',
  'requisitionRejected',
  'partsIssued',
  'partsReturned',
  'document',
  'payment',
  'accepted',
  'rejected',
  'factory',
  'photo',
  'signature',
  'warrantyOverride',
  'cancelled',
  'responded',
  'other',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export type HistoryEntry = {
  /** The audit row's id: entries are in the order they were committed. */
  id: number;
  kind: HistoryKind;
  /** The audit action as stored, for kinds the screen does not word ('other'). */
  action: string;
  at: string;
  by: string | null;
  /** The values its sentence needs (a status, a note's text, minutes, a document kind…). */
  params: Record<string, string | number | null>;
};

/** The ticket's audit actions by kind. */
const TICKET_KINDS: Record<string, HistoryKind> = {
  create: 'intake',
  transition: 'status',
  claim: 'claim',
  assign: 'assign',
  addNote: 'note',
  addFault: 'fault',
  removeFault: 'faultRemoved',
  labourAdd: 'labour',
  labourStop: 'labour',
  checkRecord: 'check',
  quote: 'quote',
  quote_approved: 'quoteApproved',
  quote_declined: 'quoteDeclined',
  print: 'document',
  reprint: 'document',
  payment: 'payment',
  accept: 'accepted',
  reject: 'rejected',
  toFactory: 'factory',
  addPhoto: 'photo',
  sign: 'signature',
  overrideWarranty: 'warrantyOverride',
  cancel: 'cancelled',
  respond: 'responded',
};

const REQUISITION_KINDS: Record<string, HistoryKind> = {
  create: 'requisition',
  approve: 'requisitionApproved',
  reject: 'requisitionRejected',
  issue: 'partsIssued',
  return: 'partsReturned',
};

/** Audit actions that are noise on a timeline: a timer started (its stop records the minutes). */
const SKIPPED = new Set(['labourStart']);

/** The fields of an audit row's JSON worth a sentence; everything else stays in the audit trail. */
const PARAM_FIELDS = [
  'status',
  'note',
  'text',
  'kind',
  'minutes',
  'total',
  'amount',
  'method',
  'reason',
  'carrier',
  'trackingNo',
  'language',
  'reportNo',
] as const;

function paramsOf(json: string | null): Record<string, string | number | null> {
  if (!json) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const out: Record<string, string | number | null> = {};
  for (const f of PARAM_FIELDS) {
    const v = (parsed as Record<string, unknown>)[f];
    if (typeof v === 'string' || typeof v === 'number' || v === null) out[f] = v;
  }
  return out;
}

type AuditRow = {
  id: number;
  at: string;
  entity: string;
  entity_id: string | null;
  action: string;
  before: string | null;
  after: string | null;
  display_name: string | null;
};

/**
 * A ticket's history for `reader`: a payment's amount, method and note only for those who read
 * payments (PAYMENT_READ); others see that one was taken, and by whom.
 */
export async function ticketHistory(
  db: Knex,
  ticketId: number,
  reader: Actor,
): Promise<HistoryEntry[]> {
  const readsPayments = reader.roles.some((r) => (PAYMENT_READ as readonly Role[]).includes(r));
  const requisitions: { id: number }[] = await db('requisitions')
    .where({ ticket_id: ticketId })
    .select('id');
  const reqIds = requisitions.map((r) => String(r.id));
  const rows: AuditRow[] = await db('audit_log as a')
    .leftJoin('staff as s', 's.id', 'a.staff_id')
    .where((w) => {
      void w.where({ 'a.entity': 'ticket', 'a.entity_id': String(ticketId) });
      if (reqIds.length) {
        void w.orWhere((r) => r.where('a.entity', 'requisition').whereIn('a.entity_id', reqIds));
      }
    })
    .orderBy('a.id')
    .select(
      'a.id',
      'a.at',
      'a.entity',
      'a.entity_id',
      'a.action',
      'a.before',
      'a.after',
      's.display_name',
    );
  const out: HistoryEntry[] = [];
  for (const r of rows) {
    if (SKIPPED.has(r.action)) continue;
    const kinds = r.entity === 'requisition' ? REQUISITION_KINDS : TICKET_KINDS;
    const kind = kinds[r.action] ?? 'other';
    const params = kind === 'payment' && !readsPayments ? {} : paramsOf(r.after);
    if (r.action === 'transition') params.from = paramsOf(r.before).status ?? null;
    if (r.entity === 'requisition') params.reqNo = formatReqNo(Number(r.entity_id));
    out.push({
      id: r.id,
      kind,
      action: r.action,
      at: r.at,
      by: r.display_name,
      params,
    });
  }
  return out;
}
