import type { Input } from '../../../bridge';
import { useCorePages } from '../../../data';

export type QueueFilter = Pick<Input<'bench/queue'>, 'scope' | 'stationId'>;

const PAGE = 50;

/**
 * The bench queue a page at a time, in the core's working order (emergencies, earliest due,
 * oldest; main/bench/queue.ts), never re-sorted here. Another filter starts again from the top;
 * a change to any ticket (claimed, moved, handed back, at any workstation) reads the pages shown
 * again, and so does the window coming back into view.
 */
export function useQueuePages(filter: QueueFilter) {
  return useCorePages('bench/queue', { ...filter, limit: PAGE }, { entities: ['ticket'] });
}
