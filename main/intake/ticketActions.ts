import { findTransition } from '../bench/lifecycle';
import { type Offer, offerOf, type Refusal, roleRefusal, throwRefusal } from '../contract/offer';
import type { Actor } from '../contract/roles';
import { WARRANTY_OVERRIDE } from './access';
import type { TicketDetail } from './ticketRepo';

// What the ticket drawer may offer at the desk (issue 11, item 1: the core computes what a screen
// may offer): cancelling a ticket and a supervisor's warranty override. The handlers refuse by
// these very functions, so a button the screen shows is one the core accepts.

export type TicketAction = 'cancel' | 'overrideWarranty';
export type TicketActions = Record<TicketAction, Offer>;

const words = (s: string) => s.replaceAll('_', ' ');

export function closedRefusal(t: TicketDetail): Refusal | null {
  if (t.status === 'cancelled') {
    return {
      code: 'RULE',
      reason: 'intake.ticketCancelled',
      params: { reportNo: t.reportNo },
      message: `${t.reportNo} is cancelled; it can no longer change.`,
    };
  }
  if (t.completedAt !== null) {
    return {
      code: 'RULE',
      reason: 'intake.ticketCompleted',
      params: { reportNo: t.reportNo },
      message: `${t.reportNo} is completed; it can no longer change.`,
    };
  }
  return null;
}

export function ticketRefusal(t: TicketDetail, actor: Actor, action: TicketAction): Refusal | null {
  const closed = closedRefusal(t);
  if (closed) return closed;
  if (action === 'cancel') {
    // The lifecycle says from which statuses, and who (main/bench/lifecycle.ts).
    const move = findTransition(t.status, 'cancelled');
    if (!move) {
      return {
        code: 'RULE',
        reason: 'intake.cancelOnlyBeforeRepair',
        params: { reportNo: t.reportNo },
        message: `${t.reportNo} is ${words(t.status)}; a ticket is cancelled only before its repair starts.`,
      };
    }
    return roleRefusal(actor, 'cancel a ticket', move.roles);
  }
  const role = roleRefusal(actor, 'override a warranty decision', WARRANTY_OVERRIDE);
  if (role) return role;
  if (t.warranty.covered) {
    return {
      code: 'RULE',
      reason: 'intake.alreadyCovered',
      params: { reportNo: t.reportNo },
      message: `${t.reportNo} is already covered by the warranty.`,
    };
  }
  return null;
}

export function mustBeAllowed(t: TicketDetail, actor: Actor, action: TicketAction): void {
  throwRefusal(ticketRefusal(t, actor, action), { action, status: t.status });
}

export function ticketActions(t: TicketDetail, actor: Actor): TicketActions {
  const one = (a: TicketAction) => offerOf(ticketRefusal(t, actor, a));
  return { cancel: one('cancel'), overrideWarranty: one('overrideWarranty') };
}
