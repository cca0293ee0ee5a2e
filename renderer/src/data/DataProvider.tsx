import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { notifyError } from '../errors/notifyError';
import { touches } from './entities';
import { coreLiveSource, type LiveSource } from './liveSource';

/**
 * The screens' cache of core answers. No retries: a refusal is an answer, and a core that is down
 * says so at once. A failed read tells staff the way every screen did before (a notification),
 * unless the screen shows it in place itself (meta.silent is not needed yet: none does).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => notifyError(error) }),
    defaultOptions: {
      queries: { retry: false, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

const LiveContext = createContext<LiveSource>(coreLiveSource);

/** The live source the data layer listens to (for hooks that watch changes themselves). */
export function useLiveSource(): LiveSource {
  return useContext(LiveContext);
}

/**
 * The data layer for one signed-in person (App keys it by staff member, so nobody sees the
 * previous person's cached answers). On every committed write (`data/changed`) the queries on
 * screen whose declared entities it touches are fetched again; the rest are marked stale and
 * fetched again when next shown.
 */
export function DataProvider({
  children,
  client,
  live = coreLiveSource,
}: {
  children: ReactNode;
  client?: QueryClient;
  live?: LiveSource;
}) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  useEffect(
    () =>
      live((change) => {
        void queryClient.invalidateQueries({
          predicate: (query) => touches(query.meta?.entities, change),
        });
      }),
    [live, queryClient],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <LiveContext.Provider value={live}>{children}</LiveContext.Provider>
    </QueryClientProvider>
  );
}
