import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CountEntry } from '../../../../../../main/stock/countRepo';
import { localDateTime } from '../../../../format/dateTime';
import { formatQty } from '../../partsFormat';

/** Every entry of the count, oldest first: scans, typed counts, duplicates and resolutions. */
export function CountEntries({ entries }: { entries: CountEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('stockroom.counts.entries.none')}
      </Text>
    );
  }
  return (
    <Table verticalSpacing={2} fz="xs" striped data-testid="count-entries">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('stockroom.counts.entries.at')}</Table.Th>
          <Table.Th>{t('stockroom.counts.lines.part')}</Table.Th>
          <Table.Th ta="right">{t('stockroom.counts.entries.quantity')}</Table.Th>
          <Table.Th>{t('stockroom.counts.entries.source')}</Table.Th>
          <Table.Th>{t('stockroom.counts.lines.by')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.id} data-duplicate={e.duplicate || undefined}>
            <Table.Td ff="monospace">{localDateTime(e.at)}</Table.Td>
            <Table.Td ff="monospace">{e.partNo}</Table.Td>
            <Table.Td ta="right">{formatQty(e.quantity)}</Table.Td>
            <Table.Td>
              {t(`stockroom.counts.entries.sources.${e.source}`)}
              {e.duplicate && (
                <Badge ml={4} size="xs" color="orange" variant="light">
                  {t('stockroom.counts.entries.duplicate')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{e.by}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
