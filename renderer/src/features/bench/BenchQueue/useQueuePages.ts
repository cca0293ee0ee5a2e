import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueueRow } from '../../../../../main/bench/queue';
import { invoke, type Input } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

export type QueueFilter = Pick<Input<'bench/queue'>, 'scope' | 'stationId'>;

const PAGE = 50;

/**
 * The bench queue a page at a time, in the core's working order (emergencies, earliest due,
 * oldest; main/bench/queue.ts), never re-sorted here. Another filter, a change at the bench
 * (`reloadKey`) or the window getting the focus back starts again from the top; an answer for
 * an older request is dropped.
 */
export function useQueuePages(filter: QueueFilter, reloadKey: number) {
  const [rows, setRows] = useState<QueueRow[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);
  const key = JSON.stringify(filter);

  const fetchPage = useCallback(
    (after: string | null) => {
      const mine = after ? generation.current : ++generation.current;
      setLoading(true);
      invoke('bench/queue', {
        ...(JSON.parse(key) as QueueFilter),
        ...(after && { cursor: after }),
        limit: PAGE,
      })
        .then((page) => {
          if (mine !== generation.current) return;
          setRows((old) => (after ? [...old, ...page.rows] : page.rows));
          setNext(page.next);
          setLoading(false);
        })
        .catch((error: unknown) => {
          if (mine !== generation.current) return;
          setLoading(false);
          notifyError(error);
        });
    },
    [key],
  );

  useEffect(() => {
    setNext(null);
    fetchPage(null);
  }, [fetchPage, reloadKey]);

  useEffect(() => {
    const onFocus = () => fetchPage(null);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (next && !loading) fetchPage(next);
  }, [next, loading, fetchPage]);

  return { rows, loading, hasMore: next !== null, loadMore };
}
