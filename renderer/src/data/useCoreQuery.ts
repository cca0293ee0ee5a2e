import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  type InfiniteData,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import { invoke, type Channel, type DepotClientError, type Input, type Output } from '../bridge';
import type { EntityRef } from './entities';

/** The cache key of one channel's answer to one input. */
export function coreKey<K extends Channel>(channel: K, input: Input<K>): readonly [K, Input<K>] {
  return [channel, input] as const;
}

export type CoreQueryOptions = {
  /** What the answer shows; a change to any of it fetches the answer again. Omitted: any change. */
  entities?: readonly EntityRef[];
  enabled?: boolean;
};

/**
 * One channel's answer, kept fresh: read once, then again whenever a committed write touches
 * the declared entities (DataProvider), instead of a hand-written useEffect and reload key.
 */
export function useCoreQuery<K extends Channel>(
  channel: K,
  input: Input<K>,
  options: CoreQueryOptions = {},
) {
  return useQuery<Output<K>, DepotClientError>({
    queryKey: coreKey(channel, input),
    queryFn: () => invoke(channel, input),
    meta: { entities: options.entities },
    enabled: options.enabled,
  });
}

/** A keyset page's cursor; channels name it `next` or `nextCursor`. */
type Cursor = { next: string | null } | { nextCursor: string | null };

/** The fields of a page that hold a list. */
type ArrayField<P> = { [F in keyof P]-?: P[F] extends readonly unknown[] ? F : never }[keyof P];

/** Where a page keeps its rows: `rows`, or the channel's own name for them (parts/list: `parts`). */
type RowField<P> = 'rows' extends ArrayField<P> ? 'rows' : ArrayField<P>;

/** Channels that answer a keyset page (a list and a cursor), asked for with `cursor`. */
type PagedChannel = {
  [K in Channel]: Output<K> extends Cursor
    ? Input<K> extends { cursor?: string }
      ? [RowField<Output<K>>] extends [never]
        ? never
        : K
      : never
    : never;
}[Channel];

type RowOf<K extends PagedChannel> = Output<K>[RowField<Output<K>>] extends readonly (infer R)[]
  ? R
  : never;

function nextCursor(page: unknown): string | null {
  const p = page as { next?: string | null; nextCursor?: string | null };
  return p.next ?? p.nextCursor ?? null;
}

/** The page's rows, found as RowField names them: `rows`, else its list field. */
function rowsOf(page: object): unknown[] {
  if ('rows' in page && Array.isArray(page.rows)) return page.rows;
  const list: unknown = Object.values(page).find((v) => Array.isArray(v));
  return Array.isArray(list) ? list : [];
}

/**
 * A list in pages by the core's keyset cursor, in the core's order (never re-sorted here).
 * Another filter is another list; a change to its entities fetches the pages shown again.
 */
export function useCorePages<K extends PagedChannel>(
  channel: K,
  filter: Omit<Input<K>, 'cursor'>,
  options: CoreQueryOptions = {},
) {
  const query = useInfiniteQuery<
    Output<K>,
    DepotClientError,
    InfiniteData<Output<K>, string | null>,
    readonly unknown[],
    string | null
  >({
    queryKey: [channel, filter],
    queryFn: ({ pageParam }) =>
      invoke(channel, { ...filter, ...(pageParam !== null && { cursor: pageParam }) } as Input<K>),
    initialPageParam: null,
    getNextPageParam: (last) => nextCursor(last),
    meta: { entities: options.entities },
    enabled: options.enabled,
  });
  const rows = useMemo(
    () => (query.data?.pages ?? []).flatMap((page) => rowsOf(page) as RowOf<K>[]),
    [query.data],
  );
  return {
    rows,
    loading: query.isPending || query.isFetchingNextPage,
    hasMore: query.hasNextPage,
    loadMore: () => {
      if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
    },
  };
}

/**
 * One channel's write. Screens refresh from the change event the write causes (DataProvider),
 * so a mutation needs no reload of its own; `onSuccess` is for what the screen does next.
 */
export function useCoreMutation<K extends Channel>(
  channel: K,
  options: Omit<UseMutationOptions<Output<K>, DepotClientError, Input<K>>, 'mutationFn'> = {},
) {
  return useMutation<Output<K>, DepotClientError, Input<K>>({
    ...options,
    mutationFn: (input) => invoke(channel, input),
  });
}
