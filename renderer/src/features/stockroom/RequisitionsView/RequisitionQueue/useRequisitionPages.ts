import type { RequisitionSummary } from '../../../../../../main/stock/requisitionList';
import { invoke, type Input } from '../../../../bridge';
import { useKeysetPages, type PageLoader } from '../../../../lists/useKeysetPages';

export type QueueFilter = Omit<Input<'requisitions/list'>, 'cursor' | 'limit'>;

const PAGE = 50;

const loadRequisitions: PageLoader<QueueFilter, RequisitionSummary> = (filter, after) =>
  invoke('requisitions/list', { ...filter, ...(after && { cursor: after }), limit: PAGE });

/**
 * The requisition queue in pages, newest first. Another filter (or a changed requisition) starts
 * again from the top.
 */
export function useRequisitionPages(filter: QueueFilter, reloadKey: number) {
  return useKeysetPages(loadRequisitions, filter, reloadKey);
}
