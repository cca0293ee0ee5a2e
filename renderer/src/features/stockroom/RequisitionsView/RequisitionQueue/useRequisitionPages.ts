import type { Input } from '../../../../bridge';
import { useCorePages } from '../../../../data';

export type QueueFilter = Omit<Input<'requisitions/list'>, 'cursor' | 'limit'>;

const PAGE = 50;

/**
 * The requisition queue in pages, newest first. Another filter starts again from the top; a
 * requisition raised, approved or issued at any workstation reads the pages shown again.
 */
export function useRequisitionPages(filter: QueueFilter) {
  return useCorePages(
    'requisitions/list',
    { ...filter, limit: PAGE },
    { entities: ['requisition'] },
  );
}
