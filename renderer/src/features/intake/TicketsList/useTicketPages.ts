import { useCallback, useEffect, useRef, useState } from 'react';
import type { TicketListRow } from '../../../../../main/intake/ticketListQuery';
import { invoke, type Input } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

export type ListFilter = Omit<Input<'tickets/list'>, 'cursor' | 'limit'>;

const PAGE = 100;

/**
 * The tickets list in pages, newest first, by the core's keyset cursor: each page costs the
 * same at ticket 10 or ticket 1,000,000. A new filter (or a changed ticket) starts again from
 * the top; an answer for an older filter is dropped.
 */
export function useTicketPages(filter: ListFilter, reloadKey: number) {
  const [rows, setRows] = useState<TicketListRow[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);
  const inFlight = useRef(false);
  const key = JSON.stringify(filter);

  const fetchPage = useCallback(
    (after: string | null) => {
      const mine = generation.current;
      inFlight.current = true;
      setLoading(true);
      invoke('tickets/list', {
        ...(JSON.parse(key) as ListFilter),
        ...(after && { cursor: after }),
        limit: PAGE,
      })
        .then((page) => {
          if (mine !== generation.current) return;
          // Free before the new rows render, so the screen may ask for the next page at once.
          inFlight.current = false;
          setRows((old) => (after ? [...old, ...page.rows] : page.rows));
          setCursor(page.nextCursor);
          setLoading(false);
        })
        .catch((error: unknown) => {
          if (mine !== generation.current) return;
          inFlight.current = false;
          setLoading(false);
          notifyError(error);
        });
    },
    [key],
  );

  useEffect(() => {
    generation.current += 1;
    inFlight.current = false;
    setCursor(null);
    fetchPage(null);
  }, [fetchPage, reloadKey]);

  const loadMore = useCallback(() => {
    if (cursor && !inFlight.current) fetchPage(cursor);
  }, [cursor, fetchPage]);

  return { rows, loading, hasMore: cursor !== null, loadMore };
}
