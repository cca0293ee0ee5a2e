import { Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TicketHistoryItem } from '../../../../../main/intake/unitRepo';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { useDepotSettings } from '../../../stores/depotSettings';
import { UnitHistory } from '../../intake/UnitSection/UnitHistory';

/**
 * The unit's other reports (policy 4: a unit back soon after a repair is a re-repair), read
 * when the tab is first opened; a report opens in the ticket drawer.
 */
export function UnitHistoryTab({ unitId, ticketId }: { unitId: number; ticketId: number }) {
  const [tickets, setTickets] = useState<TicketHistoryItem[] | null>(null);
  const repeatDays = useDepotSettings((s) => s.settings?.policy.reRepairWindowDays ?? null);

  useEffect(() => {
    let current = true;
    invoke('units/get', { id: unitId })
      .then((unit) => current && setTickets(unit.tickets.filter((h) => h.id !== ticketId)))
      .catch((error: unknown) => current && notifyError(error));
    return () => {
      current = false;
    };
  }, [unitId, ticketId]);

  if (!tickets) {
    return (
      <Center h={80}>
        <Loader size="sm" />
      </Center>
    );
  }
  return <UnitHistory tickets={tickets} reRepairWindowDays={repeatDays} />;
}
