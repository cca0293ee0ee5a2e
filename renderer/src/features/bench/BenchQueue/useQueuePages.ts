import type { QueueRow } from '../../../../../main/bench/queue';
import { invoke, type Input } from '../../../bridge';
import { useKeysetPages, type PageLoader } from '../../../lists/useKeysetPages';

export type QueueFilter = Pick<Input<'bench/queue'>, 'scope' | 'stationId'>;

const PAGE = 50;

const loadQueue: PageLoader<QueueFilter, QueueRow> = (filter, after) =>
  invoke('bench/queue', { ...filter, ...(after && { cursor: after }), limit: PAGE });

/**
 * The bench queue a page at a time, in the core's working order (emergencies, earliest due,
 * oldest; main/bench/queue.ts), never re-sorted here. Another filter, a change at the bench
 * (`reloadKey`) or the window getting the focus back starts again from the top; an answer for
 * an older request is dropped.
 */
export function useQueuePages(filter: QueueFilter, reloadKey: number) {
  return useKeysetPages(loadQueue, filter, reloadKey, { reloadOnFocus: true });
}
