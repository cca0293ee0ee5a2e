import type { Part } from '../../../../../main/stock/partRepo';
import { invoke, type Input } from '../../../bridge';
import { useKeysetPages, type PageLoader } from '../../../lists/useKeysetPages';

export type PartFilter = Pick<Input<'parts/list'>, 'text' | 'category' | 'belowSafety'>;

const PAGE = 200;

const loadParts: PageLoader<PartFilter, Part> = (filter, after) =>
  invoke('parts/list', { ...filter, ...(after && { cursor: after }), limit: PAGE }).then(
    (page) => ({ rows: page.parts, next: page.nextCursor }),
  );

/**
 * The parts catalogue in pages by part number. A new filter (or a changed part) starts again
 * from the top.
 */
export function usePartPages(filter: PartFilter, reloadKey: number) {
  return useKeysetPages(loadParts, filter, reloadKey);
}
