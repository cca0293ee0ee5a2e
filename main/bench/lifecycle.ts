import type { Role } from '../contract/roles';

// The repair ticket's lifecycle (issue 5, item 2; policy 3.2-3.4) as one table: every allowed
// move, who may make it, and the condition it needs. The core refuses anything not listed here.
// Out of warranty nothing is repaired beyond diagnosis until the customer approves the quote
// (policy 3.2); a declined quote ends in "return unrepaired".

import { TICKET_STATUSES, type TicketStatus } from '../rules/ticketStatuses';

export { TICKET_STATUSES, type TicketStatus };

/** Statuses a ticket leaves the bench queue in: handed back, closed or cancelled. */
export const FINISHED: readonly TicketStatus[] = ['delivered', 'closed', 'cancelled'];

/**
 * What a transition needs beyond the role, checked by the core against the ticket's records:
 * - `repairAllowed`: covered by warranty, or the customer approved the quote (policy 3.2);
 * - `notCovered`: a quote is only for a ticket the warranty does not cover;
 * - `checklistPassed`: every item of the product type's test checklist passed (policy 3.3);
 * - `accepted`: the customer accepted the repair and signed (policy 3.4);
 * - `quoteDeclined`: the customer declined the quote.
 * Guards marked `channel` are made only through the channel that records their data
 * (a quote, an acceptance, a shipment), never by a bare `bench/transition`.
 */
export type Guard =
  'repairAllowed' | 'notCovered' | 'checklistPassed' | 'accepted' | 'quoteDeclined';

/**
 * Conditions that are facts of the ticket rather than steps still to take: a move that misses one
 * is not a next move at all (a quote for a repair the warranty covers), so it is not offered.
 */
export const SETTLED_GUARDS: readonly Guard[] = ['notCovered'];

const TECH: readonly Role[] = ['technician', 'supervisor'];
const DESK: readonly Role[] = ['intake_clerk', 'technician', 'supervisor'];
const SUPERVISOR: readonly Role[] = ['supervisor'];

export type Transition = {
  from: TicketStatus;
  to: TicketStatus;
  roles: readonly Role[];
  guards?: readonly Guard[];
  /** Made by this channel only, because it records the transition's own data. */
  channel?: string;
  /** A technician may make it only on a ticket assigned to them (supervisors always may). */
  assigneeOnly?: boolean;
};

export const TRANSITIONS: readonly Transition[] = [
  { from: 'received', to: 'diagnosing', roles: TECH, channel: 'bench/claim' },
  {
    from: 'diagnosing',
    to: 'awaiting_approval',
    roles: TECH,
    guards: ['notCovered'],
    channel: 'quotes/create',
    assigneeOnly: true,
  },
  {
    from: 'diagnosing',
    to: 'awaiting_parts',
    roles: TECH,
    guards: ['repairAllowed'],
    assigneeOnly: true,
  },
  {
    from: 'diagnosing',
    to: 'in_repair',
    roles: TECH,
    guards: ['repairAllowed'],
    assigneeOnly: true,
  },
  // A factory repair is a repair: out of warranty only after the customer approved the quote.
  {
    from: 'diagnosing',
    to: 'at_factory',
    roles: TECH,
    guards: ['repairAllowed'],
    channel: 'factory/send',
    assigneeOnly: true,
  },
  { from: 'diagnosing', to: 'return_unrepaired', roles: TECH, assigneeOnly: true },
  {
    from: 'awaiting_approval',
    to: 'in_repair',
    roles: DESK,
    guards: ['repairAllowed'],
    channel: 'quotes/decide',
  },
  {
    from: 'awaiting_approval',
    to: 'return_unrepaired',
    roles: DESK,
    guards: ['quoteDeclined'],
    channel: 'quotes/decide',
  },
  { from: 'awaiting_parts', to: 'in_repair', roles: TECH, assigneeOnly: true },
  { from: 'in_repair', to: 'awaiting_parts', roles: TECH, assigneeOnly: true },
  { from: 'in_repair', to: 'testing', roles: TECH, assigneeOnly: true },
  { from: 'in_repair', to: 'at_factory', roles: TECH, channel: 'factory/send', assigneeOnly: true },
  { from: 'testing', to: 'in_repair', roles: TECH, assigneeOnly: true },
  {
    from: 'testing',
    to: 'ready_for_pickup',
    roles: TECH,
    guards: ['checklistPassed', 'repairAllowed'],
    assigneeOnly: true,
  },
  { from: 'at_factory', to: 'back_from_factory', roles: DESK, channel: 'factory/receive' },
  {
    from: 'back_from_factory',
    to: 'testing',
    roles: TECH,
    guards: ['repairAllowed'],
    assigneeOnly: true,
  },
  {
    from: 'back_from_factory',
    to: 'in_repair',
    roles: TECH,
    guards: ['repairAllowed'],
    assigneeOnly: true,
  },
  // The factory could not repair it: quote the customer, or hand the unit back as it is.
  {
    from: 'back_from_factory',
    to: 'awaiting_approval',
    roles: TECH,
    guards: ['notCovered'],
    channel: 'quotes/create',
    assigneeOnly: true,
  },
  { from: 'back_from_factory', to: 'return_unrepaired', roles: TECH, assigneeOnly: true },
  // Beyond repair once opened up (no part made, not economical): back as it is.
  { from: 'in_repair', to: 'return_unrepaired', roles: TECH, assigneeOnly: true },
  {
    from: 'ready_for_pickup',
    to: 'delivered',
    roles: DESK,
    guards: ['accepted', 'repairAllowed'],
    channel: 'acceptance/accept',
  },
  // A rejection closes this ticket and opens a re-repair linked to it (policy 3.4).
  { from: 'ready_for_pickup', to: 'closed', roles: DESK, channel: 'acceptance/reject' },
  { from: 'return_unrepaired', to: 'delivered', roles: DESK },
  { from: 'delivered', to: 'closed', roles: [...SUPERVISOR, 'intake_clerk'] },
  ...(['received', 'diagnosing', 'awaiting_approval', 'awaiting_parts'] as const).map(
    (from): Transition => ({
      from,
      to: 'cancelled',
      roles: [...SUPERVISOR, 'intake_clerk', 'admin'],
      channel: 'tickets/cancel',
    }),
  ),
];

export function findTransition(from: string, to: string): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** The moves a ticket in `from` may make next (for the screen's action buttons). */
export function nextStatuses(from: string): TicketStatus[] {
  return TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
}
