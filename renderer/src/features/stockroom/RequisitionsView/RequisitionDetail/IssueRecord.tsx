import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequisitionMovement } from '../../../../../../main/stock/requisitionRepo';
import { localDateTime } from '../../../../format/dateTime';
import { formatQty } from '../../partsFormat';

/**
 * The issue record (發放記錄, policy 5.3): every issue and return against the requisition, who
 * handed it over and when. It is read from the stock ledger, so it cannot disagree with stock.
 */
export function IssueRecord({ movements }: { movements: RequisitionMovement[] }) {
  const { t } = useTranslation();
  if (movements.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="req-movements-empty">
        {t('stockroom.requisitions.detail.noMovements')}
      </Text>
    );
  }
  return (
    <Table verticalSpacing={4} fz="sm" striped data-testid="req-movements">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('stockroom.requisitions.record.at')}</Table.Th>
          <Table.Th>{t('stockroom.requisitions.record.line')}</Table.Th>
          <Table.Th>{t('stockroom.requisitions.record.kind')}</Table.Th>
          <Table.Th ta="right">{t('stockroom.requisitions.record.quantity')}</Table.Th>
          <Table.Th>{t('stockroom.requisitions.record.by')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {movements.map((m) => (
          <Table.Tr key={m.id} data-testid={`req-movement-${m.id}`} data-kind={m.kind}>
            <Table.Td ff="monospace" fz="xs">
              {localDateTime(m.at)}
            </Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {m.lineNo}. {m.partNo}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge size="sm" variant="light" color={m.kind === 'issue' ? 'blue' : 'grape'}>
                {t(`stockroom.requisitions.record.kinds.${m.kind}`)}
              </Badge>
            </Table.Td>
            <Table.Td ta="right">{formatQty(m.quantity)}</Table.Td>
            <Table.Td>{m.by}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
