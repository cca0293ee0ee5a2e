import { useCorePages, useStaleOnFocus } from '../../../data';

export type ComplaintList = 'mine' | 'open';

const PAGE = 50;

/**
 * Unresolved complaints, oldest first: mine, or everyone's (the manager's list). A complaint
 * recorded, routed or resolved at any workstation, or a responsible person renamed, reads the
 * pages shown again; so does the window getting the focus back, since what is overdue changes
 * with the day, not only with a write.
 */
export function useComplaintPages(list: ComplaintList) {
  const channel = list === 'mine' ? 'complaints/mine' : 'complaints/open';
  useStaleOnFocus(channel);
  return useCorePages(channel, { limit: PAGE }, { entities: ['complaint', 'staff'] });
}
