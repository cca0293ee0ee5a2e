import { Alert, Center, Divider, Group, Loader, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '../../../../../main/bench/lifecycle';
import { ChecklistPanel } from '../Checklist/ChecklistPanel';
import { CostPanel } from '../Cost/CostPanel';
import { LabourPanel } from '../Labour/LabourPanel';
import { LabourTimer } from '../Labour/LabourTimer';
import { NextActions } from '../NextActions/NextActions';
import { PaymentPanel } from '../PaymentPanel/PaymentPanel';
import { PartsPanel } from '../Parts/PartsPanel';
import { PrintMenu, ShipmentPrint } from '../Print/PrintMenu';
import { FaultsPanel } from '../RepairLog/FaultsPanel';
import { NotesPanel } from '../RepairLog/NotesPanel';
import { TicketHeader } from '../TicketHeader/TicketHeader';
import { BenchTimeline } from '../Timeline/BenchTimeline';
import { useBenchTicket } from '../useBenchTicket';
import { UnitHistoryTab } from './UnitHistoryTab';

const TABS = ['log', 'labour', 'parts', 'checklist', 'timeline', 'history'] as const;
type Tab = (typeof TABS)[number];

/** The tab a ticket opens on: what its status is about. */
function tabFor(status: TicketStatus): Tab {
  if (status === 'testing') return 'checklist';
  if (status === 'awaiting_parts') return 'parts';
  if (['ready_for_pickup', 'delivered', 'closed', 'cancelled', 'at_factory'].includes(status))
    return 'timeline';
  return 'log';
}

/**
 * The ticket on the bench (issue 5 item 9): the header with its next moves and printouts, the
 * technician's timer and the running cost, then the repair log by tab: diagnosis and coded
 * faults, labour, parts, the test checklist, the timeline and the unit's history. It follows
 * what others do to the ticket live (useBenchTicket); when a save meets someone else's change,
 * the ticket is read again and a message says so.
 */
export function TicketPane({
  ticketId,
  onOpenTicket,
}: {
  ticketId: number;
  onOpenTicket: (id: number) => void;
}) {
  const { t } = useTranslation();
  const bench = useBenchTicket(ticketId);
  const { ticket, log } = bench;
  const [tab, setTab] = useState<Tab | null>(null);

  if (!ticket || !log) {
    return (
      <Center h={240} data-testid="bench-ticket-loading">
        <Loader size="sm" />
      </Center>
    );
  }

  const canWrite = ticket.actions.writeLog.allowed;
  const shown = tab ?? tabFor(ticket.status);

  return (
    <Stack
      gap="sm"
      data-testid="bench-ticket"
      data-report-no={ticket.reportNo}
      data-status={ticket.status}
      data-version={ticket.version}
    >
      {bench.conflict && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t('bench.conflict.title')}
          withCloseButton
          onClose={bench.dismissConflict}
          data-testid="bench-conflict"
        >
          <Text size="sm">{bench.conflict}</Text>
          <Text size="sm" mt={4}>
            {t('bench.conflict.reloaded')}
          </Text>
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <TicketHeader
            ticket={ticket}
            onOpenTicket={onOpenTicket}
            print={<PrintMenu ticket={ticket} />}
          />
          <Divider />
          <NextActions ticket={ticket} log={log} act={bench.actOnTicket} />
          <PaymentPanel ticketId={ticket.id} />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" px="md" py="xs">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <LabourTimer log={log} canWrite={canWrite} act={bench.actOnLog} />
          <CostPanel cost={log.cost} />
        </Group>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Tabs value={shown} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
          <Tabs.List mb="sm">
            {TABS.map((k) => (
              <Tabs.Tab key={k} value={k} data-testid={`bench-tab-${k}`}>
                {t(`bench.tabs.${k}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="log">
            <Stack gap="lg">
              <NotesPanel log={log} canWrite={canWrite} act={bench.actOnLog} />
              <FaultsPanel log={log} canWrite={canWrite} act={bench.actOnLog} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="labour">
            <LabourPanel log={log} canWrite={canWrite} act={bench.actOnLog} />
          </Tabs.Panel>
          <Tabs.Panel value="parts">
            <PartsPanel ticket={ticket} log={log} onRefresh={bench.refreshLog} />
          </Tabs.Panel>
          <Tabs.Panel value="checklist">
            <ChecklistPanel log={log} act={bench.actOnLog} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <BenchTimeline ticket={ticket} printShipment={(s) => <ShipmentPrint shipment={s} />} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <UnitHistoryTab unitId={ticket.unit.id} ticketId={ticket.id} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Stack>
  );
}
