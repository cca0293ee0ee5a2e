import type { ComplaintRow } from '../../../../../main/aftercare/complaintRepo';
import { invoke } from '../../../bridge';
import { useKeysetPages, type PageLoader } from '../../../lists/useKeysetPages';

export type ComplaintList = 'mine' | 'open';

const PAGE = 50;

const loadComplaints: PageLoader<{ list: ComplaintList }, ComplaintRow> = ({ list }, after) =>
  invoke(list === 'mine' ? 'complaints/mine' : 'complaints/open', {
    ...(after && { cursor: after }),
    limit: PAGE,
  }).then((page) => ({ rows: page.rows, next: page.nextCursor }));

/** Unresolved complaints, oldest first: mine, or everyone's (the manager's list). */
export function useComplaintPages(list: ComplaintList, reloadKey: number) {
  return useKeysetPages(loadComplaints, { list }, reloadKey, { reloadOnFocus: true });
}
