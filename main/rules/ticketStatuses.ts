// Every status of the repair ticket's lifecycle, in its order (the moves between them are the
// core's table, main/bench/lifecycle.ts): the screens list and filter by this same list.
export const TICKET_STATUSES = [
  'received',
  'diagnosing',
  'awaiting_approval',
  'awaiting_parts',
  'in_repair',
  'testing',
  'ready_for_pickup',
  'delivered',
  'closed',
  'at_factory',
  'back_from_factory',
  'return_unrepaired',
  'cancelled',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
