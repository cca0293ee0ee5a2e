import type { Knex } from 'knex';
import type { QuoteLine } from '../bench/quoteHandlers';
import type { QuoteRow, ShipmentRow } from './benchDocumentsSnapshots';

// The rows the bench's printouts read beyond the ticket and its repair log: a quote and a
// factory shipment with the names of who made them, and the units of quoted parts.

export async function findQuote(
  db: Knex,
  id: number,
): Promise<(QuoteRow & { ticketId: number }) | null> {
  const row = (await db('quotes as q')
    .join('staff as c', 'c.id', 'q.created_by')
    .leftJoin('staff as d', 'd.id', 'q.decided_by')
    .where('q.id', id)
    .first(
      'q.id',
      'q.ticket_id',
      'q.labour_minutes',
      'q.labour_cost',
      'q.parts_cost',
      'q.total',
      'q.lines',
      'q.note',
      'q.status',
      'q.created_at',
      'c.display_name as created_by_name',
      'q.decided_at',
      'd.display_name as decided_by_name',
      'q.decision_note',
    )) as
    | {
        id: number;
        ticket_id: number;
        labour_minutes: number;
        labour_cost: number;
        parts_cost: number;
        total: number;
        lines: string;
        note: string | null;
        status: QuoteRow['status'];
        created_at: string;
        created_by_name: string;
        decided_at: string | null;
        decided_by_name: string | null;
        decision_note: string | null;
      }
    | undefined;
  if (!row) return null;
  return {
    id: row.id,
    ticketId: row.ticket_id,
    labourMinutes: row.labour_minutes,
    labourCost: row.labour_cost,
    partsCost: row.parts_cost,
    total: row.total,
    lines: JSON.parse(row.lines) as QuoteLine[],
    note: row.note,
    status: row.status,
    createdAt: row.created_at,
    createdBy: row.created_by_name,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by_name,
    decisionNote: row.decision_note,
  };
}

export async function findShipment(
  db: Knex,
  id: number,
): Promise<(ShipmentRow & { ticketId: number }) | null> {
  const row = (await db('factory_shipments as f')
    .join('staff as s', 's.id', 'f.sent_by')
    .leftJoin('staff as r', 'r.id', 'f.received_by')
    .where('f.id', id)
    .first(
      'f.id',
      'f.ticket_id',
      'f.carrier',
      'f.tracking_no',
      'f.fault',
      'f.sent_at',
      's.display_name as sent_by_name',
      'f.received_at',
      'r.display_name as received_by_name',
      'f.factory_report',
    )) as
    | {
        id: number;
        ticket_id: number;
        carrier: string;
        tracking_no: string;
        fault: string;
        sent_at: string;
        sent_by_name: string;
        received_at: string | null;
        received_by_name: string | null;
        factory_report: string | null;
      }
    | undefined;
  if (!row) return null;
  return {
    id: row.id,
    ticketId: row.ticket_id,
    carrier: row.carrier,
    trackingNo: row.tracking_no,
    fault: row.fault,
    sentAt: row.sent_at,
    sentBy: row.sent_by_name,
    receivedAt: row.received_at,
    receivedBy: row.received_by_name,
    factoryReport: row.factory_report,
  };
}

/** The unit (pcs, m, set ...) of each quoted part, by part id. */
export async function partUnits(db: Knex, lines: QuoteLine[]): Promise<Map<number, string>> {
  const ids = lines.flatMap((l) => (l.kind === 'part' ? [l.partId] : []));
  if (ids.length === 0) return new Map();
  const rows = (await db('parts').whereIn('id', ids).select('id', 'unit')) as {
    id: number;
    unit: string;
  }[];
  return new Map(rows.map((r) => [r.id, r.unit]));
}
