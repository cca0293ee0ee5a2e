import type { BenchTicketView, NextAction } from '../../../../../main/bench/benchTicket';
import type { TicketStatus } from '../../../../../main/bench/lifecycle';
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

export type BenchAction = { key: ActionKey; to: TicketStatus; channel: string | null };

/** Why a move cannot be made yet, as an i18n key under bench.actions.blocked. */
export type Blocked = 'checklist' | 'quote';

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
 * beside the assignee; a quote is offered only when the warranty does not cover the repair.
 */
export function benchActions(ticket: BenchTicketView): BenchAction[] {
  const covered = ticket.warranty.status === 'covered';
  return ticket.nextActions.flatMap((a) => {
    const key = keyOf(a);
    if (key === null || key === 'claim' || (key === 'quote' && covered)) return [];
    return [{ key, to: a.to, channel: a.channel }];
  });
}

/** Policy 3.2: out of warranty nothing is repaired beyond diagnosis until the quote is approved. */
export function repairAllowed(ticket: BenchTicketView): boolean {
  return ticket.warranty.status === 'covered' || ticket.quote?.status === 'approved';
}

/**
 * What the core would refuse this move for, known from what is on screen: a repair before the
 * customer approved the quote (policy 3.2), "ready for pickup" before every test passed
 * (policy 3.3). The button is disabled and says why; the core checks again regardless.
 */
export function blockedBy(
  action: BenchAction,
  ticket: BenchTicketView,
  log: RepairLog,
): Blocked | null {
  // The moves guarded by `repairAllowed` in the lifecycle table (main/bench/lifecycle.ts).
  const repairs: Partial<Record<TicketStatus, ActionKey[]>> = {
    diagnosing: ['to_in_repair', 'to_awaiting_parts'],
    back_from_factory: ['to_in_repair', 'to_testing'],
    testing: ['to_ready_for_pickup'],
  };
  const guarded = repairs[ticket.status]?.includes(action.key) ?? false;
  if (guarded && !repairAllowed(ticket)) return 'quote';
  if (action.key === 'to_ready_for_pickup' && !log.checklist.passed) return 'checklist';
  return null;
}
