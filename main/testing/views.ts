import { actionsFor as complaintActions, type ComplaintActions } from '../aftercare/complaints';
import type { ComplaintRow } from '../aftercare/complaintRepo';
import type { ActionItem, ProblemRow } from '../improvement/problemRepo';
import {
  actionItemsFor,
  actionsFor as problemActions,
  type OfferedActionItem,
  type ProblemActions,
} from '../improvement/problems';
import type { BenchTicketView } from '../bench/benchTicket';
import type { TicketStatus } from '../bench/lifecycle';
import { benchActions, recordCheckRefusal } from '../bench/ticketAccess';
import { offerOf } from '../contract/offer';
import { attemptRefusal } from '../aftercare/followUpAttempt';
import { printOffers } from '../documents/benchPrintRules';
import type { Actor } from '../contract/roles';
import { recordEntryRefusal } from '../stock/countEntry';
import { countReviewActions } from '../stock/countPosting';
import type { StockCount } from '../stock/countRepo';
import { partsActions, type TicketForParts } from '../stock/partsOffers';
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

/** What the repair log offers `actor` (parts, test results), as repairLog/get computes it. */
export function repairLogActionsFor(
  ticket: TicketForParts & { assignedTo: number | null },
  parts: readonly { issued: number; returned: number }[],
  actor: Actor,
) {
  return {
    ...partsActions(ticket, parts, actor),
    recordCheck: offerOf(
      recordCheckRefusal({ ...ticket, status: ticket.status as TicketStatus }, actor),
    ),
  };
}

/** What requisitions/forTicket offers `actor` for a ticket. */
export function requestPartsOfferFor(ticket: TicketForParts, actor: Actor) {
  return partsActions(ticket, [], actor).requestParts;
}

/** The steps a complaint offers `actor`, as complaints/get computes them. */
export function complaintActionsFor(c: ComplaintRow, actor: Actor): ComplaintActions {
  return complaintActions(c, actor);
}

/** The steps a problem offers `actor`, and its action items with theirs, as improvement/get does. */
export function problemOffersFor(
  p: ProblemRow,
  items: readonly ActionItem[],
  actor: Actor,
): { actions: ProblemActions; actionItems: OfferedActionItem[] } {
  return { actions: problemActions(p, actor), actionItems: actionItemsFor(items, p, actor) };
}

/** What a count's review offers (posting, cancelling), as counts/review computes it. */
export const countReviewActionsFor = countReviewActions;

/** What a count sheet offers `actor` (recording entries), as counts/get computes it. */
export function countSheetActionsFor(count: StockCount, actor: Actor) {
  return { record: offerOf(recordEntryRefusal(count, actor)) };
}

/** What a follow-up offers `actor` (recording the next call), as followUps/get computes it. */
export function followUpActionsFor(f: { id: number; status: string }, actor: Actor) {
  return { recordAttempt: offerOf(attemptRefusal(f, actor)) };
}
