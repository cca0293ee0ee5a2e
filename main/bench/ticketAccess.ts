import type { Knex } from 'knex';
import { DepotError } from '../contract/errors';
import type { Actor } from '../contract/roles';
import { FINISHED, type TicketStatus } from './lifecycle';

// Who may work on a ticket at the bench (issue 5; policy 3.2): the technician it is assigned to,
// or a supervisor; and only while the ticket is on the bench.

/** Statuses in which the repair log (notes, faults, labour, parts, checklist) is open. */
export const WORK_STATUSES: readonly TicketStatus[] = [
  'diagnosing',
  'awaiting_approval',
  'awaiting_parts',
  'in_repair',
  'testing',
  'back_from_factory',
];

export type BenchTicket = {
  id: number;
  reportNo: string;
  status: TicketStatus;
  assignedTo: number | null;
  stationId: number;
  warrantyStatus: 'covered' | 'not_covered' | 'unverified';
  productTypeId: number;
  unitId: number;
  customerId: number;
  version: number;
};

type Db = Knex | Knex.Transaction;

export async function findBenchTicket(db: Db, id: number): Promise<BenchTicket | null> {
  const row = (await db('tickets as t')
    .join('units as u', 'u.id', 't.unit_id')
    .join('product_models as m', 'm.id', 'u.model_id')
    .where('t.id', id)
    .first(
      't.id',
      't.report_no',
      't.status',
      't.assigned_to',
      't.station_id',
      't.warranty_status',
      'm.product_type_id',
      't.unit_id',
      't.customer_id',
      't.version',
    )) as
    | {
        id: number;
        report_no: string;
        status: TicketStatus;
        assigned_to: number | null;
        station_id: number;
        warranty_status: BenchTicket['warrantyStatus'];
        product_type_id: number;
        unit_id: number;
        customer_id: number;
        version: number;
      }
    | undefined;
  if (!row) return null;
  return {
    id: row.id,
    reportNo: row.report_no,
    status: row.status,
    assignedTo: row.assigned_to,
    stationId: row.station_id,
    warrantyStatus: row.warranty_status,
    productTypeId: row.product_type_id,
    unitId: row.unit_id,
    customerId: row.customer_id,
    version: row.version,
  };
}

export async function mustFindBenchTicket(db: Db, id: number): Promise<BenchTicket> {
  const ticket = await findBenchTicket(db, id);
  if (!ticket) throw new DepotError('NOT_FOUND', `No ticket #${id}.`, { field: 'ticketId' });
  return ticket;
}

/** Claiming and assigning are for tickets still on the bench (not handed back, closed or cancelled). */
export function mustBeOnBench(ticket: BenchTicket): void {
  if (FINISHED.includes(ticket.status)) {
    throw new DepotError('RULE', `${ticket.reportNo} is ${ticket.status}; it is not on the bench.`);
  }
}

/** A technician works only their own tickets; a supervisor may step in on any. */
export function mustBeAssignee(ticket: BenchTicket, actor: Actor): void {
  if (actor.roles.includes('supervisor')) return;
  if (ticket.assignedTo === actor.id) return;
  throw new DepotError(
    'FORBIDDEN',
    ticket.assignedTo === null
      ? `${ticket.reportNo} is not claimed yet; claim it first.`
      : `${ticket.reportNo} is assigned to another technician; ask a supervisor to reassign it.`,
    { assignedTo: ticket.assignedTo },
  );
}

/**
 * The ticket for a change to its repair log: it exists, is on the bench (or in `statuses`), and
 * the actor is its technician or a supervisor.
 */
export async function ticketForWork(
  db: Db,
  actor: Actor,
  ticketId: number,
  statuses: readonly TicketStatus[] = WORK_STATUSES,
): Promise<BenchTicket> {
  const ticket = await mustFindBenchTicket(db, ticketId);
  if (!statuses.includes(ticket.status)) {
    throw new DepotError(
      'RULE',
      `${ticket.reportNo} is ${ticket.status.replaceAll('_', ' ')}; this is not possible now.`,
      { status: ticket.status },
    );
  }
  mustBeAssignee(ticket, actor);
  return ticket;
}
