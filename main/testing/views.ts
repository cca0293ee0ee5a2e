import type { BenchTicketView } from '../bench/benchTicket';
import { benchActions } from '../bench/ticketAccess';
import { printOffers } from '../documents/benchPrintRules';
import type { Actor } from '../contract/roles';
import { requisitionView } from '../stock/requisitionActions';
import type { Requisition } from '../stock/requisitionRepo';

// The core's own view builders, for renderer tests: a screen's fixtures carry the actions the
// core computes for the signed-in reader, never a copy of its rules (issue 11, item 1).

export function requisitionViewFor(req: Requisition, actor: Actor) {
  return requisitionView(req, actor);
}

/** What the bench offers `actor` on a ticket, as bench/ticket computes it. */
export function benchActionsFor(
  ticket: Pick<BenchTicketView, 'reportNo' | 'status' | 'assignedTo' | 'timeline' | 'acceptance'>,
  actor: Actor,
): BenchTicketView['actions'] {
  return {
    ...benchActions(
      {
        reportNo: ticket.reportNo,
        status: ticket.status,
        assignedTo: ticket.assignedTo?.id ?? null,
      },
      actor,
      ticket.assignedTo?.name ?? null,
    ),
    print: printOffers(ticket, actor),
  };
}
