import { Alert, Button, Group, Kbd, Paper, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReceiptResult } from '../../../../../main/stock/stockHandlers';
import { formatQty } from '../partsFormat';
import type { ReceiptValues } from './receivingModel';

/** What the delivery did to stock: per line accepted, rejected, and the new on-hand. */
export function ReceivingSuccess({
  result,
  sent,
  onNew,
}: {
  result: ReceiptResult;
  sent: ReceiptValues;
  onNew: () => void;
}) {
  const { t } = useTranslation();
  const partNoOf = (partId: number) => sent.lines.find((l) => l.partId === partId)?.part.partNo;
  return (
    <Paper withBorder radius="md" p="md" data-testid="receiving-success">
      <Stack gap="sm">
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
          <Text size="sm" fw={600} data-testid="receiving-success-title">
            {t('stockroom.receiving.success.title', {
              receiptId: result.receiptId,
              supplier: sent.supplier,
              reference: sent.reference,
            })}
          </Text>
        </Alert>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stockroom.receiving.columns.part')}</Table.Th>
              <Table.Th ta="right">{t('stockroom.receiving.columns.accepted')}</Table.Th>
              <Table.Th ta="right">{t('stockroom.receiving.columns.rejected')}</Table.Th>
              <Table.Th ta="right">{t('stockroom.receiving.success.newOnHand')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.lines.map((l) => (
              <Table.Tr
                key={l.lineNo}
                data-testid={`receipt-result-${partNoOf(l.partId) ?? l.partId}`}
              >
                <Table.Td ff="monospace">{partNoOf(l.partId)}</Table.Td>
                <Table.Td ta="right">{formatQty(l.accepted)}</Table.Td>
                <Table.Td ta="right" c={l.rejected > 0 ? 'red' : undefined}>
                  {formatQty(l.rejected)}
                </Table.Td>
                <Table.Td ta="right" fw={700} data-testid="result-on-hand">
                  {formatQty(l.onHand)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group gap="xs">
          <Button leftSection={<IconPlus size={16} />} onClick={onNew} data-testid="receiving-new">
            {t('stockroom.receiving.success.next')}
          </Button>
          <Kbd size="xs">Esc</Kbd>
        </Group>
      </Stack>
    </Paper>
  );
}
