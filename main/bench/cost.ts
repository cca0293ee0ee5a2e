import type { Knex } from 'knex';
import { refuse } from '../contract/errors';
import { formatReqNo, type RequisitionStatus } from '../stock/requisitionRepo';
import type { Settings } from '../settings/settingsSchema';
import { labourMinutes } from './labour';

// The cost of a ticket (issue 5, item 4; policy 3.5): labour at the depot's hourly rate plus the
// parts at cost. Parts are read from the ledger: what was issued against the ticket's
// requisition lines at its issue cost, less what came back at the cost it was issued at, so
// the cost is what the unit actually consumed. Inside warranty and scope the company bears it;
// otherwise (not covered, or the warranty could not be verified) the customer is charged.

export type TicketPartLine = {
  requisitionId: number;
  reqNo: string;
  /** The requisition's approval and issue status, live. */
  requisitionStatus: RequisitionStatus;
  lineId: number;
  partId: number;
  partNo: string;
  nameEn: string;
  nameZh: string;
  unit: string;
  requested: number;
  approved: number | null;
  issued: number;
  returned: number;
  /** Issued and not returned: what the repair used. */
  consumed: number;
  /** Average cost of the issued units (minor units), null before anything is issued. */
  unitCost: number | null;
  /** Issued at cost less returned at cost (minor units). */
  cost: number;
};

export type BorneBy = 'company' | 'customer';

export type TicketCost = {
  labourMinutes: number;
  labourCost: number;
  partsCost: number;
  total: number;
  borneBy: BorneBy;
};

type Db = Knex | Knex.Transaction;

type LineRow = {
  requisition_id: number;
  status: RequisitionStatus;
  id: number;
  part_id: number;
  part_no: string;
  name_en: string;
  name_zh: string;
  unit: string;
  requested: number;
  approved: number | null;
  issued: number;
  returned: number;
};

type MoveRow = { ref_id: string; kind: string; quantity: number; unit_cost: number };

/** Every part requested for the ticket, with approval, issue, return and cost per line. */
export async function ticketParts(db: Db, ticketId: number): Promise<TicketPartLine[]> {
  const lines = (await db('requisition_lines as l')
    .join('requisitions as r', 'r.id', 'l.requisition_id')
    .join('parts as p', 'p.id', 'l.part_id')
    .where('r.ticket_id', ticketId)
    .orderBy([{ column: 'r.id' }, { column: 'l.line_no' }])
    .select(
      'l.requisition_id',
      'r.status',
      'l.id',
      'l.part_id',
      'p.part_no',
      'p.name_en',
      'p.name_zh',
      'p.unit',
      'l.requested',
      'l.approved',
      'l.issued',
      'l.returned',
    )) as LineRow[];
  if (lines.length === 0) return [];
  // ref_id is text (a ledger row may point at any kind of record), so compare as text.
  const moves = (await db('stock_moves')
    .where('ref_type', 'requisition_line')
    .whereIn(
      'ref_id',
      lines.map((l) => String(l.id)),
    )
    .select('ref_id', 'kind', 'quantity', 'unit_cost')) as MoveRow[];
  return lines.map((l): TicketPartLine => {
    const own = moves.filter((m) => m.ref_id === String(l.id));
    const issues = own.filter((m) => m.kind === 'issue');
    const issuedUnits = issues.reduce((n, m) => n - m.quantity, 0);
    const issuedCost = issues.reduce((n, m) => n - m.quantity * m.unit_cost, 0);
    return {
      requisitionId: l.requisition_id,
      reqNo: formatReqNo(l.requisition_id),
      requisitionStatus: l.status,
      lineId: l.id,
      partId: l.part_id,
      partNo: l.part_no,
      nameEn: l.name_en,
      nameZh: l.name_zh,
      unit: l.unit,
      requested: l.requested,
      approved: l.approved,
      issued: l.issued,
      returned: l.returned,
      consumed: l.issued - l.returned,
      unitCost: issuedUnits > 0 ? Math.round(issuedCost / issuedUnits) : null,
      // Issues are negative quantities, returns positive: the net outflow at cost.
      cost: own.reduce((n, m) => n - m.quantity * m.unit_cost, 0),
    };
  });
}

export function costOf(
  minutes: number,
  partsCost: number,
  warrantyStatus: string,
  ratePerHour: number,
): TicketCost {
  const labourCost = Math.round((minutes * ratePerHour) / 60);
  return {
    labourMinutes: minutes,
    labourCost,
    partsCost,
    total: labourCost + partsCost,
    // Policy 3.5: inside warranty and scope the company bears parts and labour.
    borneBy: warrantyStatus === 'covered' ? 'company' : 'customer',
  };
}

/**
 * Once the ticket is handed back its labour stays costed at the rate of the hand-over, as the
 * reports read it (ticket_outcomes, main/outcomes/); parts follow the ledger either way.
 */
export async function asHandedBack(
  db: Db,
  ticketId: number,
  cost: TicketCost,
): Promise<TicketCost> {
  const kept = (await db('ticket_outcomes').where({ ticket_id: ticketId }).first('labour')) as
    { labour: number | string } | undefined;
  if (!kept) return cost;
  const labourCost = Number(kept.labour);
  return { ...cost, labourCost, total: labourCost + cost.partsCost };
}

/** Labour (minutes × the hourly rate) plus parts at cost, and who bears it (policy 3.5). */
export async function ticketCost(
  db: Db,
  ticketId: number,
  settings: Settings,
): Promise<TicketCost> {
  const ticket = (await db('tickets').where({ id: ticketId }).first('warranty_status')) as
    { warranty_status: string } | undefined;
  if (!ticket) {
    throw refuse('NOT_FOUND', 'intake.ticketNotFound', {
      params: { id: ticketId },
      field: 'ticketId',
      message: `No ticket #${ticketId}.`,
    });
  }
  const parts = await ticketParts(db, ticketId);
  return asHandedBack(
    db,
    ticketId,
    costOf(
      await labourMinutes(db, ticketId),
      parts.reduce((n, p) => n + p.cost, 0),
      ticket.warranty_status,
      settings.policy.labourRatePerHour,
    ),
  );
}
