import type { ProblemRow, ProblemStatus } from '../../../../../main/improvement/problemRepo';
import { invoke } from '../../../bridge';
import { useKeysetPages, type PageLoader } from '../../../lists/useKeysetPages';

export type ProblemFilter = { status: ProblemStatus | null; overdueOnly: boolean };

const PAGE = 50;

const loadProblems: PageLoader<ProblemFilter, ProblemRow> = (f, after) =>
  invoke('improvement/list', {
    ...(f.status && { status: f.status }),
    ...(f.overdueOnly && { overdueOnly: true }),
    ...(after && { cursor: after }),
    limit: PAGE,
  }).then((page) => ({ rows: page.rows, next: page.nextCursor }));

/** The problem register, newest first. */
export function useProblemPages(filter: ProblemFilter, reloadKey: number) {
  return useKeysetPages(loadProblems, filter, reloadKey, { reloadOnFocus: true });
}
