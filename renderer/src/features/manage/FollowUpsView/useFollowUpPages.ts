import { useCorePages, useStaleOnFocus } from '../../../data';

export type FollowUpFilter = { overdueOnly: boolean };

const PAGE = 50;

/**
 * The open follow-ups in the core's order (earliest due first, so the overdue ones lead). A call
 * recorded or a follow-up opened at any workstation, or a customer's name or phone changed, reads
 * the pages shown again; so does the window getting the focus back, since what is overdue changes
 * with the day, not only with a write.
 */
export function useFollowUpPages(filter: FollowUpFilter) {
  useStaleOnFocus('followUps/worklist');
  return useCorePages(
    'followUps/worklist',
    { ...filter, limit: PAGE },
    { entities: ['followUp', 'customer'] },
  );
}
