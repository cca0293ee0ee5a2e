import { breaksQuota } from '../rules/quota';
import type { Knex } from 'knex';
import { refuse } from '../contract/errors';
import { bool } from '../intake/rows';

// Reading requisitions (領用申請表, policy 5.3) with their lines, quotas and issue record
// (發放記錄: the ledger's issue and return moves that point at each line).

export const REQUISITION_STATUSES = [
  'pending',
  'approved',
  'partially_issued',
  'issued',
  'rejected',
] as const;
export type RequisitionStatus = (typeof REQUISITION_STATUSES)[number];

export type RequisitionLine = {
  id: number;
  lineNo: number;
  partId: number;
  partNo: string;
  nameEn: string;
  nameZh: string;
  unit: string;
  bin: string | null;
  critical: boolean;
  requested: number;
  approved: number | null;
  issued: number;
  returned: number;
  onHand: number;
  quotaPerLine: number | null;
  quotaPerTicket: number | null;
  /** Units of this part drawn for the same ticket by its other requisitions (approved − returned, or requested while pending). */
  ticketUsed: number;
  /** The quantity now asked (approved once decided) exceeds a quota (policy 5.3). */
  overQuota: boolean;
  quotaOverrideReason: string | null;
};

export type RequisitionMovement = {
  id: number;
  lineId: number;
  lineNo: number;
  partNo: string;
  kind: 'issue' | 'return';
  quantity: number;
  unitCost: number;
  by: string;
  at: string;
  note: string | null;
};

export type Requisition = {
  id: number;
  reqNo: string;
  status: RequisitionStatus;
  version: number;
  ticket: { id: number; reportNo: string; modelCode: string; serialNo: string; status: string };
  requestedBy: { id: number; name: string };
  requestedAt: string;
  note: string | null;
  decidedBy: { id: number; name: string } | null;
  decidedAt: string | null;
  decisionNote: string | null;
  lines: RequisitionLine[];
  movements: RequisitionMovement[];
};

/** RQ000123: the requisition's id, padded, printed on the form and scanned back. */
export function formatReqNo(id: number): string {
  return `RQ${String(id).padStart(6, '0')}`;
}

type Db = Knex | Knex.Transaction;

/**
 * Units of a part already drawn for a ticket by its other requisitions: approved minus returned
 * once decided, requested while still pending; rejected ones count nothing (policy 5.3 quota
 * per ticket).
 */
export async function ticketUsage(
  db: Db,
  ticketId: number,
  /** null: every part the ticket drew. */
  partIds: number[] | null,
  exceptRequisitionId: number | null,
): Promise<Map<number, number>> {
  const q = db('requisition_lines as l')
    .join('requisitions as r', 'r.id', 'l.requisition_id')
    .where('r.ticket_id', ticketId)
    .whereNot('r.status', 'rejected')
    .groupBy('l.part_id')
    .select('l.part_id')
    .sum({
      used: db.raw(
        "case when r.status = 'pending' then l.requested else coalesce(l.approved, 0) - l.returned end",
      ),
    });
  if (partIds !== null) q.whereIn('l.part_id', partIds);
  if (exceptRequisitionId !== null) q.whereNot('r.id', exceptRequisitionId);
  const rows = (await q) as { part_id: number; used: number | string | null }[];
  return new Map(rows.map((r) => [r.part_id, Number(r.used ?? 0)]));
}

export async function findRequisition(db: Db, id: number): Promise<Requisition | null> {
  const r = (await db('requisitions as r')
    .join('tickets as t', 't.id', 'r.ticket_id')
    .join('units as u', 'u.id', 't.unit_id')
    .join('product_models as m', 'm.id', 'u.model_id')
    .join('staff as s', 's.id', 'r.requested_by')
    .leftJoin('staff as d', 'd.id', 'r.decided_by')
    .where('r.id', id)
    .first(
      'r.*',
      't.report_no',
      't.status as ticket_status',
      'm.code as model_code',
      'u.serial',
      's.display_name as requested_name',
      'd.display_name as decided_name',
    )) as
    | {
        id: number;
        ticket_id: number;
        status: RequisitionStatus;
        note: string | null;
        requested_by: number;
        requested_at: string;
        decided_by: number | null;
        decided_at: string | null;
        decision_note: string | null;
        version: number;
        report_no: string;
        ticket_status: string;
        model_code: string;
        serial: string;
        requested_name: string;
        decided_name: string | null;
      }
    | undefined;
  if (!r) return null;
  const lineRows = (await db('requisition_lines as l')
    .join('parts as p', 'p.id', 'l.part_id')
    .leftJoin('stock_levels as sl', 'sl.part_id', 'p.id')
    .where('l.requisition_id', id)
    .orderBy('l.line_no')
    .select(
      'l.*',
      'p.part_no',
      'p.name_en',
      'p.name_zh',
      'p.unit',
      'p.bin',
      'p.critical',
      'p.quota_per_line',
      'p.quota_per_ticket',
      'sl.on_hand',
    )) as {
    id: number;
    line_no: number;
    part_id: number;
    requested: number;
    approved: number | null;
    issued: number;
    returned: number;
    quota_override_reason: string | null;
    part_no: string;
    name_en: string;
    name_zh: string;
    unit: string;
    bin: string | null;
    critical: number | boolean;
    quota_per_line: number | null;
    quota_per_ticket: number | null;
    on_hand: number | null;
  }[];
  const usage = await ticketUsage(
    db,
    r.ticket_id,
    lineRows.map((l) => l.part_id),
    id,
  );
  const lines = lineRows.map((l): RequisitionLine => {
    const ticketUsed = usage.get(l.part_id) ?? 0;
    const quota = { quotaPerLine: l.quota_per_line, quotaPerTicket: l.quota_per_ticket };
    return {
      id: l.id,
      lineNo: l.line_no,
      partId: l.part_id,
      partNo: l.part_no,
      nameEn: l.name_en,
      nameZh: l.name_zh,
      unit: l.unit,
      bin: l.bin,
      critical: bool(l.critical),
      requested: l.requested,
      approved: l.approved,
      issued: l.issued,
      returned: l.returned,
      onHand: Number(l.on_hand ?? 0),
      ...quota,
      ticketUsed,
      overQuota: breaksQuota(l.approved ?? l.requested, quota, ticketUsed),
      quotaOverrideReason: l.quota_override_reason,
    };
  });
  const byLine = new Map(lines.map((l) => [String(l.id), l]));
  const moves = (await db('stock_moves as m')
    .join('staff as s', 's.id', 'm.created_by')
    .where('m.ref_type', 'requisition_line')
    .whereIn(
      'm.ref_id',
      lines.map((l) => String(l.id)),
    )
    .orderBy('m.id')
    .select(
      'm.id',
      'm.ref_id',
      'm.kind',
      'm.quantity',
      'm.unit_cost',
      'm.note',
      'm.created_at',
      's.display_name',
    )) as {
    id: number;
    ref_id: string;
    kind: 'issue' | 'return';
    quantity: number;
    unit_cost: number;
    note: string | null;
    created_at: string;
    display_name: string;
  }[];
  return {
    id: r.id,
    reqNo: formatReqNo(r.id),
    status: r.status,
    version: r.version,
    ticket: {
      id: r.ticket_id,
      reportNo: r.report_no,
      modelCode: r.model_code,
      serialNo: r.serial,
      status: r.ticket_status,
    },
    requestedBy: { id: r.requested_by, name: r.requested_name },
    requestedAt: r.requested_at,
    note: r.note,
    decidedBy: r.decided_by === null ? null : { id: r.decided_by, name: r.decided_name ?? '' },
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    lines,
    movements: moves.map((m) => {
      const line = byLine.get(m.ref_id);
      return {
        id: m.id,
        lineId: Number(m.ref_id),
        lineNo: line?.lineNo ?? 0,
        partNo: line?.partNo ?? '',
        kind: m.kind,
        quantity: Math.abs(m.quantity),
        unitCost: m.unit_cost,
        by: m.display_name,
        at: m.created_at,
        note: m.note,
      };
    }),
  };
}

export async function mustFindRequisition(db: Db, id: number): Promise<Requisition> {
  const found = await findRequisition(db, id);
  if (!found) {
    throw refuse('NOT_FOUND', 'stock.requisitionNotFound', {
      params: { id },
      field: 'id',
      message: `No requisition #${id}.`,
    });
  }
  return found;
}
