import { useEffect, useState } from 'react';
import { notifyError } from '../../../errors/notifyError';
import type { Period } from './period';

export type PeriodAnswer<T> = {
  /** The answer and the period it is for; null before the first answer. */
  data: { period: Period; value: T } | null;
  loading: boolean;
};

/**
 * A Manage view's figures for a period, asked for afresh whenever the view comes into view or
 * the period changes: the books move with every ticket handed back, so figures kept from
 * earlier would mislead. Only the latest request may land; a slower earlier one is dropped.
 * A change of `version` asks again too (the view changed what the figures count).
 */
export function usePeriodQuery<T>(
  load: (period: Period) => Promise<T>,
  period: Period,
  active: boolean,
  version = 0,
): PeriodAnswer<T> {
  const [data, setData] = useState<PeriodAnswer<T>['data']>(null);
  const [loading, setLoading] = useState(false);
  const { from, to } = period;

  useEffect(() => {
    if (!active) return;
    let current = true;
    setLoading(true);
    load({ from, to })
      .then((value) => {
        if (current) setData({ period: { from, to }, value });
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
  }, [load, from, to, active, version]);

  return { data, loading };
}
