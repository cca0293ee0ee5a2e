import { ActionIcon, NumberInput, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { minorDigits } from '../../../format/money';
import { formatQty, partNames, useCurrency } from '../partsFormat';
import { withQuantity, type ReceiptValues } from './receivingModel';

type QtyField = 'received' | 'rejected' | 'accepted';

/**
 * The delivery's lines as inspected (policy 5.1): received, rejected and accepted kept in
 * step, a reason whenever anything is rejected, and the cost of the accepted units.
 */
export function ReceiptLines({ form }: { form: UseFormReturnType<ReceiptValues> }) {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const digits = minorDigits(currency);
  const lines = form.values.lines;

  function setQty(i: number, field: QtyField, value: number | string) {
    form.setFieldValue(`lines.${i}`, withQuantity(form.getValues().lines[i], field, value));
    for (const f of ['received', 'rejected', 'accepted', 'rejectReason']) {
      form.clearFieldError(`lines.${i}.${f}`);
    }
  }

  const qty = (i: number, field: QtyField) => ({
    size: 'xs' as const,
    w: 84,
    min: 0,
    allowDecimal: false,
    allowNegative: false,
    thousandSeparator: ',',
    'aria-label': t(`stockroom.receiving.columns.${field}`),
    value: lines[i][field],
    error: form.errors[`lines.${i}.${field}`],
    onChange: (value: number | string) => setQty(i, field, value),
    'data-testid': `line-${field}`,
  });

  return (
    <Table verticalSpacing={6} data-testid="receiving-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={28}>#</Table.Th>
          <Table.Th>{t('stockroom.receiving.columns.part')}</Table.Th>
          <Table.Th>{t('stockroom.receiving.columns.received')}</Table.Th>
          <Table.Th>{t('stockroom.receiving.columns.rejected')}</Table.Th>
          <Table.Th>{t('stockroom.receiving.columns.accepted')}</Table.Th>
          <Table.Th>{t('stockroom.receiving.columns.rejectReason')}</Table.Th>
          <Table.Th>{t('stockroom.receiving.columns.unitCost', { currency })}</Table.Th>
          <Table.Th w={36} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line, i) => {
          const [first] = partNames(line.part, i18n.language);
          const rejecting = Number(line.rejected) > 0;
          const partError = form.errors[`lines.${i}.partId`];
          return (
            <Table.Tr key={line.partId} data-testid={`receipt-line-${line.part.partNo}`}>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {i + 1}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {line.part.partNo}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {first}
                  {' · '}
                  {t('stockroom.receiving.onHand', {
                    onHand: formatQty(line.part.onHand),
                    unit: line.part.unit,
                  })}
                  {line.part.bin ? ` · ${line.part.bin}` : ''}
                </Text>
                {partError && (
                  <Text size="xs" c="red" data-testid="line-part-error">
                    {partError}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <NumberInput {...qty(i, 'received')} min={1} />
              </Table.Td>
              <Table.Td>
                <NumberInput {...qty(i, 'rejected')} />
              </Table.Td>
              <Table.Td>
                <NumberInput {...qty(i, 'accepted')} />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  miw={160}
                  aria-label={t('stockroom.receiving.columns.rejectReason')}
                  placeholder={rejecting ? t('stockroom.receiving.rejectReasonHint') : ''}
                  disabled={!rejecting && !line.rejectReason}
                  withAsterisk={rejecting}
                  {...form.getInputProps(`lines.${i}.rejectReason`)}
                  data-testid="line-reject-reason"
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  w={110}
                  min={0}
                  allowNegative={false}
                  decimalScale={digits}
                  thousandSeparator=","
                  aria-label={t('stockroom.receiving.columns.unitCost', { currency })}
                  {...form.getInputProps(`lines.${i}.unitCost`)}
                  data-testid="line-unit-cost"
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('common.remove')}
                  onClick={() => form.removeListItem('lines', i)}
                  data-testid="line-remove"
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
