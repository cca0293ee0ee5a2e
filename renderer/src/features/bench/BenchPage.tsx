import { Grid } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconTool } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { QueueScope } from '../../../../main/bench/queue';
import { useCan } from '../../stores/session';
import { EmptyPanel, WorkspacePage } from '../workspace/WorkspacePage/WorkspacePage';
import { BenchQueue } from './BenchQueue/BenchQueue';
import { TicketPane } from './TicketPane/TicketPane';

/** The ticket in hand, in the address (/bench?ticket=12): a link or a reload opens it again. */
function useOpenTicket(): [number | null, (id: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('ticket'));
  const open = useCallback(
    (id: number) => setParams({ ticket: String(id) }, { replace: false }),
    [setParams],
  );
  return [Number.isInteger(raw) && raw > 0 ? raw : null, open];
}

/**
 * The bench (維修台, issue 5 item 9; policy 3.2-3.4): the technician's queue on the left, the
 * ticket in hand on the right with everything its repair needs. The station and the queue's
 * scope are remembered on this workstation.
 */
export function BenchPage() {
  const { t } = useTranslation();
  // Those who work tickets start from theirs and the unclaimed; the whole depot's queue is for
  // those who assign the work, and for the desk, which works none itself (session/status).
  const works = useCan('bench/claim');
  const assigns = useCan('bench/assign');
  const [ticketId, openTicket] = useOpenTicket();
  const [scope, setScope] = useLocalStorage<QueueScope>({
    key: 'depot.bench.scope',
    defaultValue: works ? 'mineOrUnassigned' : 'all',
    getInitialValueInEffect: false,
  });
  const [stationId, setStationId] = useLocalStorage<number | null>({
    key: 'depot.bench.station',
    defaultValue: null,
    getInitialValueInEffect: false,
  });
  const showAll = assigns || !works;

  return (
    <WorkspacePage title={t('nav.bench')} purpose={t('workspaces.bench.purpose')} wide>
      <Grid gap="md" align="flex-start" data-testid="bench">
        <Grid.Col span={{ base: 12, md: 4, xl: 3 }}>
          <BenchQueue
            scope={scope === 'all' && !showAll ? 'mineOrUnassigned' : scope}
            onScope={setScope}
            stationId={stationId}
            onStation={setStationId}
            showAll={showAll}
            selectedId={ticketId}
            onOpen={openTicket}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, xl: 9 }}>
          {ticketId === null ? (
            <EmptyPanel
              icon={IconTool}
              title={t('bench.page.pickTitle')}
              body={t('bench.page.pickBody')}
            />
          ) : (
            <TicketPane key={ticketId} ticketId={ticketId} onOpenTicket={openTicket} />
          )}
        </Grid.Col>
      </Grid>
    </WorkspacePage>
  );
}
