import type { BenchTicketView } from '../../../../main/bench/benchTicket';
import type { TicketStatus } from '../../../../main/bench/lifecycle';
import type { Actor } from '../../../../main/contract/roles';
import { hasRole } from '../../stores/session';

// Who may do what at the bench (main/bench/access.ts, repairLogAccess.ts, ticketAccess.ts and
// main/stock/access.ts). The core enforces every rule; the screen only hides what a person
// cannot use, so nobody is offered a button that can only answer "not allowed".

/** Statuses in which the repair log is open (main/bench/ticketAccess.ts WORK_STATUSES). */
const WORK_STATUSES: readonly TicketStatus[] = [
  'diagnosing',
  'awaiting_approval',
  'awaiting_parts',
  'in_repair',
  'testing',
  'back_from_factory',
];

/** Statuses a ticket has left the bench in (main/bench/lifecycle.ts FINISHED). */
const FINISHED: readonly TicketStatus[] = ['delivered', 'closed', 'cancelled'];

export function isFinished(status: TicketStatus): boolean {
  return FINISHED.includes(status);
}

/** Technicians claim tickets and work them; supervisors step in (BENCH_WORK). */
export function canWork(actor: Actor | null): boolean {
  return hasRole(actor, 'technician', 'supervisor');
}

/** Supervisors give a ticket to a technician or release it to the queue (BENCH_ASSIGN). */
export function canAssign(actor: Actor | null): boolean {
  return hasRole(actor, 'supervisor');
}

/**
 * The whole depot's queue is a supervisor's view, and the desk's (it hands back units that
 * technicians have made ready); technicians see theirs and the unclaimed.
 */
export function canSeeAll(actor: Actor | null): boolean {
  return hasRole(actor, 'supervisor', 'admin', 'intake_clerk');
}

/**
 * The repair log (notes, faults, labour, checklist) is written by the ticket's technician or a
 * supervisor while the ticket is on the bench (policy 3.2: one named person works a repair).
 */
export function canWriteLog(actor: Actor | null, ticket: BenchTicketView): boolean {
  if (!actor || !WORK_STATUSES.includes(ticket.status)) return false;
  if (hasRole(actor, 'supervisor')) return true;
  return hasRole(actor, 'technician') && ticket.assignedTo?.id === actor.id;
}

/** An unclaimed ticket still on the bench can be claimed by a technician. */
export function canClaim(actor: Actor | null, ticket: BenchTicketView): boolean {
  return canWork(actor) && ticket.assignedTo === null && !isFinished(ticket.status);
}

/** Policy 5.3: the technician fills in the requisition form for the ticket they work. */
export function canRequestParts(actor: Actor | null, ticket: BenchTicketView): boolean {
  return canWriteLog(actor, ticket);
}

/** Policy 5.3: unused parts go back to the stockroom, recorded by its keeper (STOCK_WRITE). */
export function canReturnParts(actor: Actor | null): boolean {
  return hasRole(actor, 'stockroom_keeper', 'supervisor', 'admin');
}
