import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchTicketView, Shipment } from '../../../../../main/bench/benchTicket';
import { localDateTime } from '../../../format/dateTime';
import { HistoryList } from './HistoryList';

/**
 * Everything that happened to the ticket (issue 11 item 5: intake, notes, fault codes, labour,
 * requisitions, approvals, quotes, documents printed, payments, status changes), each with who
 * and when (policy 1: every step by a named person), newest last; then the unit's trips to the
 * factory (返廠) with their carrier, tracking number and the factory's report.
 */
export function BenchTimeline({
  ticket,
  printShipment,
}: {
  ticket: BenchTicketView;
  /** A print button for a shipment's return-to-factory form, when documents can be printed. */
  printShipment?: (shipment: Shipment) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Stack gap="xs" data-testid="bench-timeline">
        <Title order={5}>{t('bench.timeline.title')}</Title>
        <HistoryList history={ticket.history} testId="bench-timeline" />
      </Stack>

      {ticket.shipments.length > 0 && (
        <Stack gap="xs" data-testid="bench-shipments">
          <Group gap={6}>
            <IconTruckDelivery size={18} />
            <Title order={5}>{t('bench.factory.shipments')}</Title>
          </Group>
          <Table fz="sm" verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bench.factory.carrier')}</Table.Th>
                <Table.Th>{t('bench.factory.trackingNo')}</Table.Th>
                <Table.Th>{t('bench.factory.sent')}</Table.Th>
                <Table.Th>{t('bench.factory.received')}</Table.Th>
                <Table.Th>{t('bench.factory.report')}</Table.Th>
                {printShipment && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ticket.shipments.map((s) => (
                <Table.Tr key={s.id} data-testid={`bench-shipment-${s.id}`}>
                  <Table.Td>{s.carrier}</Table.Td>
                  <Table.Td ff="monospace">{s.trackingNo}</Table.Td>
                  <Table.Td>
                    {localDateTime(s.sentAt)}
                    <Text size="xs" c="dimmed">
                      {s.sentBy}
                    </Text>
                  </Table.Td>
                  <Table.Td>{s.receivedAt ? localDateTime(s.receivedAt) : '—'}</Table.Td>
                  <Table.Td>{s.factoryReport}</Table.Td>
                  {printShipment && <Table.Td>{printShipment(s)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
