import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequisitionSummary } from '../../../../../../main/stock/requisitionList';
import { invoke, type Input } from '../../../../bridge';
import { notifyError } from '../../../../errors/notifyError';

export type QueueFilter = Omit<Input<'requisitions/list'>, 'cursor' | 'limit'>;

const PAGE = 50;

/**
 * The requisition queue in pages, newest first, by the core's keyset cursor. Another filter
 * (or a changed requisition) starts again from the top; an answer for an older one is dropped.
 */
export function useRequisitionPages(filter: QueueFilter, reloadKey: number) {
  const [rows, setRows] = useState<RequisitionSummary[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);
  const key = JSON.stringify(filter);

  const fetchPage = useCallback(
    (after: string | null) => {
      const mine = generation.current;
      setLoading(true);
      invoke('requisitions/list', {
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
    generation.current += 1;
    setNext(null);
    fetchPage(null);
  }, [fetchPage, reloadKey]);

  const loadMore = useCallback(() => {
    if (next && !loading) fetchPage(next);
  }, [next, loading, fetchPage]);

  return { rows, loading, hasMore: next !== null, loadMore };
}
