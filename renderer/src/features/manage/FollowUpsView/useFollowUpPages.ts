import type { FollowUpRow } from '../../../../../main/aftercare/followUpRepo';
import { invoke } from '../../../bridge';
import { useKeysetPages, type PageLoader } from '../../../lists/useKeysetPages';

export type FollowUpFilter = { overdueOnly: boolean };

const PAGE = 50;

const loadFollowUps: PageLoader<FollowUpFilter, FollowUpRow> = (filter, after) =>
  invoke('followUps/worklist', { ...filter, ...(after && { cursor: after }), limit: PAGE }).then(
    (page) => ({ rows: page.rows, next: page.nextCursor }),
  );

/** The open follow-ups in the core's order (earliest due first, so the overdue ones lead). */
export function useFollowUpPages(filter: FollowUpFilter, reloadKey: number) {
  return useKeysetPages(loadFollowUps, filter, reloadKey, { reloadOnFocus: true });
}
