import { Center, Loader } from '@mantine/core';
import { useCoreQuery } from '../../../data';
import { useDepotSettings } from '../../../stores/depotSettings';
import { UnitHistory } from '../../intake/UnitSection/UnitHistory';

/**
 * The unit's other reports (policy 4: a unit back soon after a repair is a re-repair), read
 * when the tab is opened and again when one of them changes; a report opens in the ticket drawer.
 */
export function UnitHistoryTab({ unitId, ticketId }: { unitId: number; ticketId: number }) {
  const { data: unit } = useCoreQuery(
    'units/get',
    { id: unitId },
    { entities: [{ entity: 'unit', id: unitId }, 'ticket'] },
  );
  const tickets = unit?.tickets.filter((h) => h.id !== ticketId) ?? null;
  const repeatDays = useDepotSettings((s) => s.settings?.policy.reRepairWindowDays ?? null);

  if (!tickets) {
    return (
      <Center h={80}>
        <Loader size="sm" />
      </Center>
    );
  }
  return <UnitHistory tickets={tickets} reRepairWindowDays={repeatDays} />;
}
