import { useEffect, useState } from 'react';
import { invoke } from '../../../../bridge';
import { notifyError } from '../../../../errors/notifyError';

/**
 * Units of each part a ticket has already drawn through its other requisitions (policy 5.3
 * quota per ticket), counted as the core counts them: requested while pending, approved less
 * returned once approved, nothing when rejected. A ticket has a handful of requisitions.
 */
export function useTicketUsage(ticketId: number | null): ReadonlyMap<number, number> {
  const [usage, setUsage] = useState<ReadonlyMap<number, number>>(new Map());
  useEffect(() => {
    setUsage(new Map());
    if (ticketId === null) return;
    let current = true;
    (async () => {
      const page = await invoke('requisitions/list', { ticketId, queue: 'all', limit: 50 });
      const used = new Map<number, number>();
      for (const row of page.rows) {
        if (row.status === 'rejected') continue;
        const req = await invoke('requisitions/get', { id: row.id });
        for (const l of req.lines) {
          const drawn = req.status === 'pending' ? l.requested : (l.approved ?? 0) - l.returned;
          used.set(l.partId, (used.get(l.partId) ?? 0) + drawn);
        }
      }
      if (current) setUsage(used);
    })().catch((error: unknown) => {
      if (current) notifyError(error);
    });
    return () => {
      current = false;
    };
  }, [ticketId]);
  return usage;
}
