import { useCallback, useEffect, useRef, useState } from 'react';
import { notifyError } from '../errors/notifyError';

/** One page as the core answers it, whatever the channel calls its rows and its cursor. */
export type KeysetPage<Row> = { rows: Row[]; next: string | null };

/**
 * Asks the core for one page of `filter`, starting after the cursor `after` (the top when null).
 * Keep it stable (declared at module level): a new one starts the list again from the top.
 */
export type PageLoader<Filter, Row> = (
  filter: Filter,
  after: string | null,
) => Promise<KeysetPage<Row>>;

/**
 * A list in pages by the core's keyset cursor, in the core's order, never re-sorted here: each
 * page costs the same at row 10 or row 1,000,000. Another filter (compared by value) or a new
 * `reloadKey` starts again from the top, and with `reloadOnFocus` so does the window getting the
 * focus back; an answer for an older request is dropped.
 */
export function useKeysetPages<Filter, Row>(
  load: PageLoader<Filter, Row>,
  filter: Filter,
  reloadKey: number,
  { reloadOnFocus = false }: { reloadOnFocus?: boolean } = {},
) {
  const [rows, setRows] = useState<Row[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);
  const inFlight = useRef(false);
  const key = JSON.stringify(filter);

  const fetchPage = useCallback(
    (after: string | null) => {
      // Starting from the top outdates every answer still on its way.
      const mine = after ? generation.current : ++generation.current;
      inFlight.current = true;
      setLoading(true);
      load(JSON.parse(key) as Filter, after)
        .then((page) => {
          if (mine !== generation.current) return;
          // Free before the new rows render, so the screen may ask for the next page at once.
          inFlight.current = false;
          setRows((old) => (after ? [...old, ...page.rows] : page.rows));
          setCursor(page.next);
          setLoading(false);
        })
        .catch((error: unknown) => {
          if (mine !== generation.current) return;
          inFlight.current = false;
          setLoading(false);
          notifyError(error);
        });
    },
    [key, load],
  );

  useEffect(() => {
    setCursor(null);
    fetchPage(null);
  }, [fetchPage, reloadKey]);

  useEffect(() => {
    if (!reloadOnFocus) return;
    const onFocus = () => fetchPage(null);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [fetchPage, reloadOnFocus]);

  const loadMore = useCallback(() => {
    if (cursor && !inFlight.current) fetchPage(cursor);
  }, [cursor, fetchPage]);

  return { rows, loading, hasMore: cursor !== null, loadMore };
}
