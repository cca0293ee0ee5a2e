import { Divider, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../../data';
import { useCan } from '../../../stores/session';
import { HistoryList } from './HistoryList';

/**
 * The ticket's timeline in the desk's ticket drawer (tickets/history): what happened at intake,
 * at the bench, in the stockroom and at the counter, kept fresh as the ticket changes.
 */
export function TicketHistory({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const mayRead = useCan('tickets/history');
  const query = useCoreQuery(
    'tickets/history',
    { ticketId },
    { entities: [{ entity: 'ticket', id: ticketId }, 'requisition'], enabled: mayRead },
  );
  if (!mayRead) return null;
  return (
    <Stack gap="xs" data-testid="ticket-history">
      <Divider label={t('bench.timeline.title')} labelPosition="left" />
      {query.data ? (
        <HistoryList history={query.data} testId="ticket-history" />
      ) : (
        <Loader size="sm" />
      )}
    </Stack>
  );
}
