import { useState } from 'react';
import type { OverstockRow, ReorderRow } from '../../../../../main/stock/replenishment';
import { useCoreQuery } from '../../../data';

export type Loaded<T> = {
  /** The rows and the window (days) they were computed for; null before the first answer. */
  data: { rows: T[]; days: number } | null;
  loading: boolean;
};

/**
 * What the lists are computed from: the parts (safety and maximum stock, preferred supplier and
 * its lead time), and the stock moving (issues, returns, receipts, adjustments, counts posted).
 */
const ENTITIES = ['part', 'stock_move', 'part_import', 'receipt', 'stock_count'];

/**
 * A replenishment list's answer for the window asked for, kept on screen (with the window it was
 * for) while another window is asked for, so the list does not blank between choices.
 */
function useShown<T>(
  query: { data?: { rows: T[] }; isFetching: boolean },
  days: number,
): Loaded<T> {
  const [shown, setShown] = useState<Loaded<T>['data']>(null);
  const rows = query.data?.rows;
  if (rows && (shown?.rows !== rows || shown.days !== days)) setShown({ rows, days });
  return { data: shown, loading: query.isFetching };
}

/**
 * The parts to reorder, asked for only while in view (afresh each time it comes into view) and
 * again whenever stock moves or a part changes at any workstation: what to order changes with
 * every movement, so a list kept from earlier would mislead.
 */
export function useReorder(usageDays: number, active: boolean): Loaded<ReorderRow> {
  return useShown(
    useCoreQuery('stock/reorder', { usageDays }, { entities: ENTITIES, enabled: active }),
    usageDays,
  );
}

/** The overstock, kept fresh the same way as the reorder list. */
export function useOverstock(idleDays: number, active: boolean): Loaded<OverstockRow> {
  return useShown(
    useCoreQuery('stock/overstock', { idleDays }, { entities: ENTITIES, enabled: active }),
    idleDays,
  );
}
