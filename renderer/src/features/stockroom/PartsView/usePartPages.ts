import type { Input } from '../../../bridge';
import { useCorePages } from '../../../data';

export type PartFilter = Pick<Input<'parts/list'>, 'text' | 'category' | 'belowSafety'>;

const PAGE = 200;

/**
 * The parts catalogue in pages by part number. A new filter starts again from the top; a part
 * created, edited or imported, or stock moving, at any workstation reads the pages shown again.
 */
export function usePartPages(filter: PartFilter) {
  return useCorePages(
    'parts/list',
    { ...filter, limit: PAGE },
    { entities: ['part', 'stock_move', 'part_import'] },
  );
}
