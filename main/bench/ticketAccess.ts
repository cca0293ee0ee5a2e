import type { Knex } from 'knex';
import { refuse } from '../contract/errors';
import { offerOf, roleRefusal, throwRefusal, type Offer, type Refusal } from '../contract/offer';
import type { Actor } from '../contract/roles';
import { BENCH_ASSIGN, BENCH_WORK } from './access';
import { REPAIR_LOG_WRITE } from './repairLogAccess';
import { FINISHED, type TicketStatus } from './lifecycle';

// Who may work on a ticket at the bench (issue 5; policy 3.2): the technician it is assigned to,
// or a supervisor; and only while the ticket is on the bench.

/** Statuses in which the repair log (notes, faults, labour, checklist) is open. */
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
  if (!ticket) {
    throw refuse('NOT_FOUND', 'intake.ticketNotFound', {
      params: { id },
      field: 'ticketId',
      message: `No ticket #${id}.`,
    });
  }
  return ticket;
}

type TicketAtBench = Pick<BenchTicket, 'reportNo' | 'status' | 'assignedTo'>;
const words = (status: string) => status.replaceAll('_', ' ');

/** Claiming and assigning are for tickets still on the bench (not handed back, closed or cancelled). */
export function offBenchRefusal(ticket: TicketAtBench): Refusal | null {
  if (!FINISHED.includes(ticket.status)) return null;
  return {
    code: 'RULE',
    reason: 'bench.notOnBench',
    params: { reportNo: ticket.reportNo, status: ticket.status },
    message: `${ticket.reportNo} is ${ticket.status}; it is not on the bench.`,
  };
}

export function mustBeOnBench(ticket: BenchTicket): void {
  throwRefusal(offBenchRefusal(ticket));
}

/** A technician works only their own tickets; a supervisor may step in on any. */
export function assigneeRefusal(ticket: TicketAtBench, actor: Actor): Refusal | null {
  if (actor.roles.includes('supervisor')) return null;
  if (ticket.assignedTo === actor.id) return null;
  return ticket.assignedTo === null
    ? {
        code: 'FORBIDDEN',
        reason: 'bench.notClaimed',
        params: { reportNo: ticket.reportNo },
        message: `${ticket.reportNo} is not claimed yet; claim it first.`,
      }
    : {
        code: 'FORBIDDEN',
        reason: 'bench.assignedToOther',
        params: { reportNo: ticket.reportNo },
        message: `${ticket.reportNo} is assigned to another technician; ask a supervisor to reassign it.`,
      };
}

export function mustBeAssignee(ticket: BenchTicket, actor: Actor): void {
  throwRefusal(assigneeRefusal(ticket, actor), { assignedTo: ticket.assignedTo });
}

/** The repair log is open in `statuses` only (the working ones unless a channel says else). */
export function notNowRefusal(
  ticket: TicketAtBench,
  statuses: readonly TicketStatus[] = WORK_STATUSES,
): Refusal | null {
  if (statuses.includes(ticket.status)) return null;
  return {
    code: 'RULE',
    reason: 'bench.notNow',
    params: { reportNo: ticket.reportNo, status: ticket.status },
    message: `${ticket.reportNo} is ${words(ticket.status)}; this is not possible now.`,
  };
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
  throwRefusal(notNowRefusal(ticket, statuses), { status: ticket.status });
  mustBeAssignee(ticket, actor);
  return ticket;
}

/**
 * A technician takes an unclaimed ticket still on the bench (a double click on their own, or one
 * given to them and still received, only starts diagnosis). `holder` names who has it.
 */
export function claimRefusal(
  ticket: TicketAtBench,
  actor: Actor,
  holder: string | null,
): Refusal | null {
  const role = roleRefusal(actor, 'claim tickets', BENCH_WORK);
  if (role) return role;
  const off = offBenchRefusal(ticket);
  if (off) return off;
  if (ticket.assignedTo !== null && ticket.assignedTo !== actor.id) {
    const name = holder ?? `#${ticket.assignedTo}`;
    return {
      code: 'CONFLICT',
      reason: 'bench.claimedBy',
      params: { reportNo: ticket.reportNo, name },
      message: `${ticket.reportNo} is already claimed by ${name}; a supervisor can reassign it.`,
    };
  }
  if (ticket.assignedTo === actor.id && ticket.status !== 'received') {
    return {
      code: 'CONFLICT',
      reason: 'bench.alreadyYours',
      params: { reportNo: ticket.reportNo },
      message: `${ticket.reportNo} is already yours.`,
    };
  }
  return null;
}

/** Test results are recorded while the ticket is in testing (policy 3.3). */
export function notTestingRefusal(ticket: TicketAtBench): Refusal | null {
  if (ticket.status === 'testing') return null;
  return {
    code: 'RULE',
    reason: 'bench.testWhileTesting',
    params: { reportNo: ticket.reportNo, status: ticket.status },
    message: `${ticket.reportNo} is ${words(ticket.status)}; test results are recorded while it is in testing (policy 3.3).`,
  };
}

/** Recording a test result, as checklist/record refuses it. */
export function recordCheckRefusal(ticket: TicketAtBench, actor: Actor): Refusal | null {
  return (
    roleRefusal(actor, 'write the repair log', REPAIR_LOG_WRITE) ??
    notNowRefusal(ticket) ??
    assigneeRefusal(ticket, actor) ??
    notTestingRefusal(ticket)
  );
}

export type BenchActions = { claim: Offer; assign: Offer; writeLog: Offer };

/**
 * What the bench may offer on a ticket (issue 11, item 1), by the functions its handlers refuse
 * by: claiming it, assigning it (a supervisor), writing its repair log (notes, faults, labour,
 * checklist). Requesting parts is offered with the repair log (stock/partsOffers.ts).
 */
export function benchActions(
  ticket: TicketAtBench,
  actor: Actor,
  holder: string | null,
): BenchActions {
  const assign = roleRefusal(actor, 'assign tickets', BENCH_ASSIGN) ?? offBenchRefusal(ticket);
  const writeLog =
    roleRefusal(actor, 'write the repair log', REPAIR_LOG_WRITE) ??
    notNowRefusal(ticket) ??
    assigneeRefusal(ticket, actor);
  return {
    claim: offerOf(claimRefusal(ticket, actor, holder)),
    assign: offerOf(assign),
    writeLog: offerOf(writeLog),
  };
}
