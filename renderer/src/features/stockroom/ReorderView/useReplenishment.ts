import { useEffect, useState } from 'react';
import type { OverstockRow, ReorderRow } from '../../../../../main/stock/replenishment';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { usePartDrawer } from '../PartDetail/partDrawer';

export type Loaded<T> = {
  /** The rows and the window (days) they were computed for; null before the first answer. */
  data: { rows: T[]; days: number } | null;
  loading: boolean;
};

export const loadReorder = (usageDays: number): Promise<ReorderRow[]> =>
  invoke('stock/reorder', { usageDays }).then((r) => r.rows);

export const loadOverstock = (idleDays: number): Promise<OverstockRow[]> =>
  invoke('stock/overstock', { idleDays }).then((r) => r.rows);

/**
 * A replenishment list, asked for afresh whenever it comes into view, its window changes, or
 * stock moves on this workstation (a receipt, an adjustment): what to order changes with every
 * movement, so a list kept from earlier would mislead.
 */
export function useReplenishment<T>(
  load: (days: number) => Promise<T[]>,
  days: number,
  active: boolean,
): Loaded<T> {
  const changes = usePartDrawer((s) => s.changes);
  const [data, setData] = useState<Loaded<T>['data']>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!active) return;
    // Only the latest request may land: a slow answer for an older window is dropped.
    let current = true;
    setLoading(true);
    load(days)
      .then((rows) => {
        if (current) setData({ rows, days });
      })
      .catch((error: unknown) => {
        if (current) notifyError(error);
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [load, days, active, changes]);

  return { data, loading };
}
