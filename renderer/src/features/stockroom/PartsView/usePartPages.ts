import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Part } from '../../../../../main/stock/partRepo';
import { invoke, type DepotClientError, type Input, type Output } from '../../../bridge';

export type PartFilter = Pick<Input<'parts/list'>, 'text' | 'category' | 'belowSafety'>;

type PartPage = Output<'parts/list'>;

const PAGE = 200;

/**
 * The parts catalogue in pages by part number. A new filter starts again from the top; a part
 * created, edited or imported, or stock moving, at any workstation reads the pages shown again.
 * (parts/list answers `parts`, not `rows`, so this is useCorePages spelled out for it.)
 */
export function usePartPages(filter: PartFilter) {
  const query = useInfiniteQuery<
    PartPage,
    DepotClientError,
    InfiniteData<PartPage, string | null>,
    readonly unknown[],
    string | null
  >({
    queryKey: ['parts/list', filter],
    queryFn: ({ pageParam }) =>
      invoke('parts/list', {
        ...filter,
        ...(pageParam !== null && { cursor: pageParam }),
        limit: PAGE,
      }),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
    meta: { entities: ['part', 'stock_move', 'part_import'] },
  });
  const rows: Part[] = useMemo(
    () => (query.data?.pages ?? []).flatMap((page) => page.parts),
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
