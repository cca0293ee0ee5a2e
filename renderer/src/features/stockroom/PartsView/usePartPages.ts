import { useCallback, useEffect, useRef, useState } from 'react';
import type { Part } from '../../../../../main/stock/partRepo';
import { invoke, type Input } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

export type PartFilter = Pick<Input<'parts/list'>, 'text' | 'category' | 'belowSafety'>;

const PAGE = 200;

/**
 * The parts catalogue in pages by part number, by the core's keyset cursor: a page costs the
 * same at part 10 or part 100,000. A new filter (or a changed part) starts again from the top;
 * an answer for an older filter is dropped.
 */
export function usePartPages(filter: PartFilter, reloadKey: number) {
  const [rows, setRows] = useState<Part[]>([]);
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
      invoke('parts/list', {
        ...(JSON.parse(key) as PartFilter),
        ...(after && { cursor: after }),
        limit: PAGE,
      })
        .then((page) => {
          if (mine !== generation.current) return;
          inFlight.current = false;
          setRows((old) => (after ? [...old, ...page.parts] : page.parts));
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
