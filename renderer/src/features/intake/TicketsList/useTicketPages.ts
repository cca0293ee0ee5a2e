import type { TicketListRow } from '../../../../../main/intake/ticketListQuery';
import { invoke, type Input } from '../../../bridge';
import { useKeysetPages, type PageLoader } from '../../../lists/useKeysetPages';

export type ListFilter = Omit<Input<'tickets/list'>, 'cursor' | 'limit'>;

const PAGE = 100;

const loadTickets: PageLoader<ListFilter, TicketListRow> = (filter, after) =>
  invoke('tickets/list', { ...filter, ...(after && { cursor: after }), limit: PAGE }).then(
    (page) => ({ rows: page.rows, next: page.nextCursor }),
  );

/**
 * The tickets list in pages, newest first. A new filter (or a changed ticket) starts again from
 * the top.
 */
export function useTicketPages(filter: ListFilter, reloadKey: number) {
  return useKeysetPages(loadTickets, filter, reloadKey);
}
