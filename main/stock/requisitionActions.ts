import type { Offer, Refusal } from '../contract/offer';
import { offerOf, roleRefusal } from '../contract/offer';
import type { Actor, Role } from '../contract/roles';
import { REQUISITION_DECIDE, STOCK_WRITE } from './access';
import type { Requisition } from './requisitionRepo';
import { openOf, outOf } from '../rules/requisitionLine';

// What a requisition's screen may offer (issue 11, item 1): deciding, issuing, taking back. The
// handlers refuse by these functions (requisitionHandlers.ts), so a button shown is one accepted.

export type RequisitionAction = 'decide' | 'issue' | 'return';
export type RequisitionActions = Record<RequisitionAction, Offer>;
/** A requisition as a screen reads it: with what the reader may do to it now. */
export type RequisitionView = Requisition & { actions: RequisitionActions };

const ROLES: Record<RequisitionAction, readonly Role[]> = {
  decide: REQUISITION_DECIDE,
  issue: STOCK_WRITE,
  return: STOCK_WRITE,
};
const VERB: Record<RequisitionAction, string> = {
  decide: 'decide requisitions',
  issue: 'issue parts',
  return: 'take parts back',
};

/** Tickets whose unit has gone home with its bill: nothing more is issued for them. */
export const HANDED_BACK = ['delivered', 'closed', 'return_unrepaired'];

export function requisitionRefusal(
  req: Requisition,
  actor: Actor,
  action: RequisitionAction,
): Refusal | null {
  const role = roleRefusal(actor, VERB[action], ROLES[action]);
  if (role) return role;
  if (action === 'decide') {
    // Policy 5.3: the department head approves, never their own request.
    if (req.requestedBy.id === actor.id) {
      return {
        code: 'FORBIDDEN',
        reason: 'stock.ownRequisition',
        params: {},
        message: 'Nobody approves their own requisition (policy 5.3); ask another supervisor.',
      };
    }
    if (req.status !== 'pending') {
      return {
        code: 'CONFLICT',
        reason: 'stock.alreadyDecided',
        params: { reqNo: req.reqNo },
        message: `Requisition ${req.reqNo} was already decided (${req.status}).`,
      };
    }
    return null;
  }
  if (action === 'issue') {
    const { reportNo, status } = req.ticket;
    if (status === 'cancelled') {
      return {
        code: 'RULE',
        reason: 'stock.ticketCancelledNoIssue',
        params: { reportNo, reqNo: req.reqNo },
        message: `Ticket ${reportNo} was cancelled; nothing more is issued for ${req.reqNo}.`,
      };
    }
    // Handed back: the bill was given with the unit (main/outcomes/); nothing more goes out.
    if (HANDED_BACK.includes(status)) {
      return {
        code: 'RULE',
        reason: 'stock.ticketHandedBackNoIssue',
        params: { reportNo, reqNo: req.reqNo },
        message: `Ticket ${reportNo} is ${status.replaceAll('_', ' ')}; nothing more is issued for ${req.reqNo}.`,
      };
    }
    const nothingLeft: Refusal = {
      code: 'RULE',
      reason: 'stock.nothingLeftToIssue',
      params: { reqNo: req.reqNo },
      message: `Everything approved on ${req.reqNo} has been issued.`,
    };
    if (req.status === 'issued') return nothingLeft;
    if (req.status !== 'approved' && req.status !== 'partially_issued') {
      return {
        code: 'RULE',
        reason: 'stock.notApproved',
        params: { reqNo: req.reqNo },
        message: `Requisition ${req.reqNo} is ${req.status}; only approved requisitions are issued.`,
      };
    }
    if (!req.lines.some((l) => openOf(l) > 0)) return nothingLeft;
    return null;
  }
  if (!req.lines.some((l) => outOf(l) > 0)) {
    return {
      code: 'RULE',
      reason: 'stock.nothingToReturn',
      params: { reqNo: req.reqNo },
      message: `Nothing issued on ${req.reqNo} is out to return.`,
    };
  }
  return null;
}

export function requisitionView(req: Requisition, actor: Actor): RequisitionView {
  const one = (a: RequisitionAction) => offerOf(requisitionRefusal(req, actor, a));
  return { ...req, actions: { decide: one('decide'), issue: one('issue'), return: one('return') } };
}
