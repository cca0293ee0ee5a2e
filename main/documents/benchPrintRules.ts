import { type Offer, offerOf, type Refusal, roleRefusal } from '../contract/offer';
import type { Actor } from '../contract/roles';
import { BENCH_DESK } from '../bench/access';
import type { TicketStatus } from '../bench/lifecycle';

// When a ticket's documents are printed (policy 3.3, 3.4): the print channels refuse by these
// functions (benchDocuments.ts) and the bench's ticket view offers its print menu by them.

export const RECORD_STATUSES: readonly TicketStatus[] = ['ready_for_pickup', 'delivered', 'closed'];
export const VOUCHER_STATUSES: readonly TicketStatus[] = ['delivered', 'closed'];

/** What the rules read of a ticket: its status and its moves. */
export type PrintableTicket = {
  reportNo: string;
  status: TicketStatus;
  timeline: readonly { to: string; at: string }[];
  acceptance: { outcome: 'accepted' | 'rejected' } | null;
};

/** When the ticket last moved to `status`, from its timeline. */
export function lastMoveAt(ticket: Pick<PrintableTicket, 'timeline'>, status: string) {
  const moves = ticket.timeline.filter((t) => t.to === status);
  return moves.length === 0 ? null : moves[moves.length - 1].at;
}

const words = (s: string) => s.replaceAll('_', ' ');

/** The repair record: once the repair passed its test, and never for a unit not repaired. */
export function repairRecordRefusal(t: PrintableTicket): Refusal | null {
  if (!RECORD_STATUSES.includes(t.status)) {
    return {
      code: 'RULE',
      reason: 'documents.recordNotYet',
      params: { reportNo: t.reportNo, status: t.status },
      message: `${t.reportNo} is ${words(t.status)}; the repair record is printed when it is ${RECORD_STATUSES.map(words).join(', ')}`,
    };
  }
  if (lastMoveAt(t, 'ready_for_pickup') === null) {
    return {
      code: 'RULE',
      reason: 'documents.notRepaired',
      params: { reportNo: t.reportNo },
      message: `${t.reportNo} was not repaired (it went back unrepaired); there is no repair record to print`,
    };
  }
  return null;
}

/** The warranty voucher: at delivery of a repair the customer accepted (policy 3.4). */
export function voucherRefusal(t: PrintableTicket): Refusal | null {
  if (!VOUCHER_STATUSES.includes(t.status)) {
    return {
      code: 'RULE',
      reason: 'documents.voucherNotYet',
      params: { reportNo: t.reportNo, status: t.status },
      message: `${t.reportNo} is ${words(t.status)}; the warranty voucher is printed when it is ${VOUCHER_STATUSES.map(words).join(', ')}`,
    };
  }
  if (t.acceptance?.outcome !== 'accepted' || lastMoveAt(t, 'delivered') === null) {
    return {
      code: 'RULE',
      reason: 'documents.notAccepted',
      params: { reportNo: t.reportNo },
      message: `${t.reportNo} was not handed back as a repair the customer accepted; there is no repair to warrant (policy 3.4)`,
    };
  }
  return null;
}

export type PrintOffers = { repairRecord: Offer; warrantyVoucher: Offer };

/** The print menu's two documents that wait on the repair, for this reader. */
export function printOffers(t: PrintableTicket, actor: Actor): PrintOffers {
  const refusal = roleRefusal(actor, 'print bench documents', BENCH_DESK);
  if (refusal) return { repairRecord: offerOf(refusal), warrantyVoucher: offerOf(refusal) };
  return {
    repairRecord: offerOf(repairRecordRefusal(t)),
    warrantyVoucher: offerOf(voucherRefusal(t)),
  };
}
