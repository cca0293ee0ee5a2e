import { useEffect, useState } from 'react';
import { invoke, type Output } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

// The dashboard's figures for the page filter (issue 10, item 4): every panel is asked afresh
// whenever the filter changes or the page comes into view, together, so no panel shows another
// period than its neighbours. Only the latest request may land.

export type DashboardFilter = { from: string; to: string; stationId?: number };

export type DashboardFigures = {
  filter: DashboardFilter;
  volume: Output<'insight/volume'>;
  faults: Output<'insight/faults'>;
  turnaround: Output<'insight/turnaround'>;
  satisfaction: Output<'insight/satisfaction'>;
  emergency: Output<'insight/emergency'>;
  costTrend: Output<'accounting/costTrend'>;
};

async function loadFigures(filter: DashboardFilter): Promise<DashboardFigures> {
  const [volume, faults, turnaround, satisfaction, emergency, costTrend] = await Promise.all([
    invoke('insight/volume', filter),
    invoke('insight/faults', filter),
    invoke('insight/turnaround', filter),
    invoke('insight/satisfaction', filter),
    invoke('insight/emergency', filter),
    invoke('accounting/costTrend', filter),
  ]);
  return { filter, volume, faults, turnaround, satisfaction, emergency, costTrend };
}

export function useDashboard(
  filter: DashboardFilter,
  active: boolean,
): { figures: DashboardFigures | null; loading: boolean } {
  const [figures, setFigures] = useState<DashboardFigures | null>(null);
  const [loading, setLoading] = useState(false);
  const { from, to, stationId } = filter;
  useEffect(() => {
    if (!active) return;
    let current = true;
    setLoading(true);
    loadFigures(stationId === undefined ? { from, to } : { from, to, stationId })
      .then((f) => {
        if (current) setFigures(f);
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
  }, [from, to, stationId, active]);
  return { figures, loading };
}
