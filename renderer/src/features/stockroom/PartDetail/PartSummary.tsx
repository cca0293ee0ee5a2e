import {
  Badge,
  Divider,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartDetail } from '../../../../../main/stock/partHandlers';
import type { Part } from '../../../../../main/stock/partRepo';
import { formatCost, formatQty, useCurrency } from '../partsFormat';

function Field({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children === null || children === '' ? '—' : children}
      </Text>
    </Stack>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Divider label={title} labelPosition="left" />
      {children}
    </Stack>
  );
}

/** Where the stock stands against its limits (policy 5.2): red below safety, orange above max. */
function StockLevel({ part }: { part: Part }) {
  const { t } = useTranslation();
  const currency = useCurrency();
  const over = part.maxStock > 0 && part.onHand > part.maxStock;
  const color = part.belowSafety ? 'red' : over ? 'orange' : 'teal';
  const scale = Math.max(part.maxStock, part.onHand, 1);
  return (
    <Paper withBorder radius="md" p="sm" data-testid="part-stock-level">
      <SimpleGrid cols={4} spacing="sm">
        <Field label={t('stockroom.parts.fields.onHand')}>
          <Text
            fw={700}
            size="xl"
            c={part.belowSafety ? 'red' : undefined}
            data-testid="part-detail-on-hand"
          >
            {formatQty(part.onHand)}{' '}
            <Text span size="xs" c="dimmed">
              {part.unit}
            </Text>
          </Text>
        </Field>
        <Field label={t('stockroom.parts.fields.safetyStock')}>{formatQty(part.safetyStock)}</Field>
        <Field label={t('stockroom.parts.fields.maxStock')}>{formatQty(part.maxStock)}</Field>
        <Field label={t('stockroom.parts.fields.avgCost')}>
          {formatCost(part.avgCost, currency)} {currency}
        </Field>
      </SimpleGrid>
      <Progress
        mt="sm"
        size="sm"
        color={color}
        value={Math.min(100, (part.onHand / scale) * 100)}
        aria-label={t('stockroom.parts.fields.onHand')}
      />
      <Text size="xs" c="dimmed" mt={4}>
        {t('stockroom.parts.detail.stockValue', {
          value: formatCost(part.onHand * part.avgCost, currency),
          currency,
        })}
      </Text>
    </Paper>
  );
}

/** A part as the catalogue keeps it: its flags, stock level, fields and quotas. */
export function PartSummary({ part }: { part: PartDetail }) {
  const { t } = useTranslation();
  const currency = useCurrency();
  return (
    <Stack gap="md">
      <Group gap="xs">
        {part.critical && (
          <Badge color="orange" variant="light">
            {t('stockroom.parts.critical')}
          </Badge>
        )}
        {part.belowSafety && (
          <Badge color="red" variant="light" data-testid="part-below-safety">
            {t('stockroom.parts.belowSafety')}
          </Badge>
        )}
        {!part.active && (
          <Badge color="gray" variant="outline">
            {t('stockroom.parts.inactive')}
          </Badge>
        )}
      </Group>
      <StockLevel part={part} />
      <Section title={t('stockroom.parts.detail.fields')}>
        <SimpleGrid cols={3} spacing="sm" verticalSpacing="xs">
          <Field label={t('stockroom.parts.fields.nameEn')}>{part.nameEn}</Field>
          <Field label={t('stockroom.parts.fields.nameZh')}>{part.nameZh}</Field>
          <Field label={t('stockroom.parts.fields.category')}>{part.category}</Field>
          <Field label={t('stockroom.parts.fields.bin')} testId="part-detail-bin">
            {part.bin}
          </Field>
          <Field label={t('stockroom.parts.fields.unit')}>{part.unit}</Field>
          <Field label={t('stockroom.parts.fields.unitCost')}>
            {formatCost(part.unitCost, currency)} {currency}
          </Field>
          <Field label={t('stockroom.parts.fields.quotaPerLine')}>
            {part.quotaPerLine === null ? '' : formatQty(part.quotaPerLine)}
          </Field>
          <Field label={t('stockroom.parts.fields.quotaPerTicket')}>
            {part.quotaPerTicket === null ? '' : formatQty(part.quotaPerTicket)}
          </Field>
        </SimpleGrid>
      </Section>
      <Section title={t('stockroom.parts.detail.suppliers')}>
        <Suppliers part={part} />
      </Section>
    </Stack>
  );
}

/** Who the part is bought from (policy 5.1), the preferred supplier first. */
function Suppliers({ part }: { part: PartDetail }) {
  const { t } = useTranslation();
  if (part.suppliers.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('stockroom.parts.detail.noSuppliers')}
      </Text>
    );
  }
  return (
    <Table verticalSpacing={4} fz="sm" data-testid="part-detail-suppliers">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('stockroom.parts.suppliers.name')}</Table.Th>
          <Table.Th>{t('stockroom.parts.suppliers.partNo')}</Table.Th>
          <Table.Th ta="right">{t('stockroom.parts.suppliers.leadTime')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {part.suppliers.map((s) => (
          <Table.Tr key={s.supplier}>
            <Table.Td>{s.supplier}</Table.Td>
            <Table.Td ff="monospace">{s.supplierPartNo ?? ''}</Table.Td>
            <Table.Td ta="right">{s.leadTimeDays}</Table.Td>
            <Table.Td>
              {s.preferred && (
                <Badge size="xs" variant="light">
                  {t('stockroom.parts.suppliers.preferred')}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
