import type { ProblemStatus } from '../../../../../main/improvement/problemRepo';
import { useCorePages, useStaleOnFocus } from '../../../data';

export type ProblemFilter = { status: ProblemStatus | null; overdueOnly: boolean };

const PAGE = 50;

/**
 * The problem register, newest first. A problem opened, moved or reviewed, or an action item
 * added or completed, at any workstation reads the pages shown again; so does the window getting
 * the focus back, since what is overdue changes with the day, not only with a write.
 */
export function useProblemPages(filter: ProblemFilter) {
  useStaleOnFocus('improvement/list');
  return useCorePages(
    'improvement/list',
    {
      ...(filter.status && { status: filter.status }),
      ...(filter.overdueOnly && { overdueOnly: true }),
      limit: PAGE,
    },
    { entities: ['problem', 'problem_action', 'staff'] },
  );
}
