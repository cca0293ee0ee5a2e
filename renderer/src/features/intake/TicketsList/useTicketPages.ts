import type { Input } from '../../../bridge';
import { useCorePages } from '../../../data';

export type ListFilter = Omit<Input<'tickets/list'>, 'cursor' | 'limit'>;

const PAGE = 100;

/**
 * The tickets list in pages, newest first. A new filter starts again from the top; a ticket,
 * customer or unit changed at any workstation (registered, cancelled, moved at the bench) reads
 * the pages shown again.
 */
export function useTicketPages(filter: ListFilter) {
  return useCorePages(
    'tickets/list',
    { ...filter, limit: PAGE },
    { entities: ['ticket', 'customer', 'unit'] },
  );
}
