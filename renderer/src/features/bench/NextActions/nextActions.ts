import type { BenchTicketView, NextAction } from '../../../../../main/bench/benchTicket';
import type { Guard, TicketStatus } from '../../../../../main/bench/lifecycle';
import type { RepairLog } from '../../../../../main/bench/repairLog';

// The moves the core offers this person (bench/ticket `nextActions`, from the lifecycle table
// in main/bench/lifecycle.ts), as the buttons and forms of the bench screen. A move with its own
// channel records its own data (a quote, the customer's answer, a shipment, a signature), so
// it opens that form; a bare move goes through bench/transition.

export type ActionKey =
  | 'claim'
  | 'quote'
  | 'quoteApproved'
  | 'quoteDeclined'
  | 'factorySend'
  | 'factoryReceive'
  | 'accept'
  | 'reject'
  | 'cancel'
  | `to_${TicketStatus}`;

export type BenchAction = {
  key: ActionKey;
  to: TicketStatus;
  channel: string | null;
  guards: readonly Guard[];
  unmet: readonly Guard[];
};

/** Why a move cannot be made yet, as an i18n key under bench.actions.blocked. */
export type Blocked = 'checklist' | 'quote' | 'notCovered' | 'accepted' | 'quoteDeclined';

function keyOf(a: NextAction): ActionKey | null {
  switch (a.channel) {
    case null:
      return `to_${a.to}`;
    case 'bench/claim':
      return 'claim';
    case 'quotes/create':
      return 'quote';
    case 'quotes/decide':
      return a.to === 'in_repair' ? 'quoteApproved' : 'quoteDeclined';
    case 'factory/send':
      return 'factorySend';
    case 'factory/receive':
      return 'factoryReceive';
    case 'acceptance/accept':
      return 'accept';
    case 'acceptance/reject':
      return 'reject';
    case 'tickets/cancel':
      return 'cancel';
    default:
      return null; // a channel this screen does not know yet: no button rather than a wrong one
  }
}

/**
 * The ticket's next moves as buttons, in the lifecycle's order. Claiming has its own button
 * beside the assignee. (The core leaves out what is no move for this ticket, such as a quote for
 * a repair the warranty covers.)
 */
export function benchActions(ticket: BenchTicketView): BenchAction[] {
  return ticket.nextActions.flatMap((a) => {
    const key = keyOf(a);
    if (key === null || key === 'claim') return [];
    return [{ key, to: a.to, channel: a.channel, guards: a.guards, unmet: a.unmet }];
  });
}

const BLOCKED: Record<Guard, Blocked> = {
  repairAllowed: 'quote',
  checklistPassed: 'checklist',
  notCovered: 'notCovered',
  accepted: 'accepted',
  quoteDeclined: 'quoteDeclined',
};

/**
 * Why the core would refuse this move now: the first of its conditions (main/bench/lifecycle.ts)
 * the core found unmet when it sent the ticket (`unmet`, by the checks the move is refused by).
 * The checklist is read from the repair log on screen instead, which the core recomputes at every
 * test result, so the button opens the moment the last test passes. The core checks again.
 */
export function blockedBy(action: BenchAction, log: RepairLog): Blocked | null {
  for (const guard of action.guards) {
    const unmet =
      guard === 'checklistPassed' ? !log.checklist.passed : action.unmet.includes(guard);
    if (unmet) return BLOCKED[guard];
  }
  return null;
}
