import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketHistoryItem } from '../../../../../main/intake/unitRepo';
import { localDay } from '../../../format/dateTime';
import { StatusBadge, WarrantyBadge } from '../TicketBadges/TicketBadges';
import { useTicketDrawer } from '../ticketDrawer';

/**
 * The unit's earlier reports, newest first. A report within the re-repair window of a
 * completed repair is flagged by the core when the ticket is created (policy 4: repair success
 * rate); the clerk sees the history here to tell the customer.
 */
export function UnitHistory({
  tickets,
  reRepairWindowDays,
}: {
  tickets: TicketHistoryItem[];
  reRepairWindowDays: number | null;
}) {
  const { t } = useTranslation();
  const open = useTicketDrawer((s) => s.open);
  return (
    <Stack gap={4} data-testid="unit-history">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t('intake.unit.history')}
        </Text>
        {reRepairWindowDays !== null && tickets.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('intake.unit.repeatHint', { days: reRepairWindowDays })}
          </Text>
        )}
      </Group>
      {tickets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('intake.unit.noHistory')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={3} horizontalSpacing="xs" withRowBorders={false} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={128}>{t('intake.list.columns.reportNo')}</Table.Th>
              <Table.Th w={100}>{t('intake.list.columns.reportedAt')}</Table.Th>
              <Table.Th w={120}>{t('intake.list.columns.status')}</Table.Th>
              <Table.Th w={130}>{t('intake.list.columns.warranty')}</Table.Th>
              <Table.Th>{t('intake.report.fault')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tickets.map((h) => (
              <Table.Tr key={h.id} data-testid={`history-${h.reportNo}`}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    ff="monospace"
                    fz="sm"
                    onClick={() => open(h.id)}
                  >
                    {h.reportNo}
                  </Anchor>
                </Table.Td>
                <Table.Td ff="monospace" fz="xs">
                  {localDay(h.reportedAt)}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={h.status} size="sm" />
                </Table.Td>
                <Table.Td>
                  <WarrantyBadge status={h.warrantyStatus} size="sm" />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {h.faultDescription}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
