import { ActionIcon, Group, NumberInput, Table, Text, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatQty, partNames } from '../../partsFormat';
import { QuotaText } from '../QuotaText';
import { breaksQuota } from '../../../../../../main/rules/quota';
import { quantityOf, type RequestValues } from './requestModel';

/**
 * The parts asked for, each with what is on the shelf now and, for a critical part, its quota:
 * a line above it is marked before sending, because only a supervisor's override lets it through.
 */
export function RequestLines({
  form,
  usage,
  onQuantityEnter,
  onRemove,
}: {
  form: UseFormReturnType<RequestValues>;
  usage: ReadonlyMap<number, number>;
  onQuantityEnter: () => void;
  onRemove: (index: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lines = form.values.lines;
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="req-lines-empty">
        {t('stockroom.requisitions.new.noLines')}
      </Text>
    );
  }
  return (
    <Table verticalSpacing={4} fz="sm" data-testid="req-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('stockroom.requisitions.lines.part')}</Table.Th>
          <Table.Th>{t('stockroom.requisitions.lines.bin')}</Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('stockroom.requisitions.lines.onHand')}
          </Table.Th>
          <Table.Th w={110}>{t('stockroom.requisitions.lines.quantity')}</Table.Th>
          <Table.Th>{t('stockroom.requisitions.lines.quota')}</Table.Th>
          <Table.Th w={40} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line, i) => {
          const qty = quantityOf(line);
          const used = usage.get(line.partId) ?? 0;
          const over = breaksQuota(qty, line, used);
          const [name, other] = partNames(line, i18n.language);
          return (
            <Table.Tr
              key={line.partId}
              data-testid={`req-line-${line.partNo}`}
              data-over-quota={over || undefined}
            >
              <Table.Td>
                <Text size="sm" ff="monospace" fw={500}>
                  {line.partNo}
                </Text>
                <Text size="xs" c="dimmed" title={other}>
                  {name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {line.bin ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c={line.onHand < qty ? 'orange' : undefined}>
                  {formatQty(line.onHand)} {line.unit}
                </Text>
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  aria-label={t('stockroom.requisitions.lines.quantityOf', { partNo: line.partNo })}
                  {...form.getInputProps(`lines.${i}.quantity`)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
                      e.preventDefault();
                      onQuantityEnter();
                    }
                  }}
                  data-testid={`req-line-qty-${i}`}
                />
              </Table.Td>
              <Table.Td>
                <QuotaText quota={line} used={used} />
                {over && (
                  <Group
                    gap={4}
                    wrap="nowrap"
                    c="red.7"
                    data-testid={`req-line-over-${line.partNo}`}
                  >
                    <IconAlertTriangle size={14} />
                    <Text size="xs" fw={600}>
                      {t('stockroom.requisitions.new.needsOverride')}
                    </Text>
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                <Tooltip label={t('common.remove')}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('common.remove')}
                    onClick={() => onRemove(i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
