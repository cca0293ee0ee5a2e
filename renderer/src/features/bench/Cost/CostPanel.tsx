import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketCost } from '../../../../../main/bench/cost';
import { formatCost, useCurrency } from '../../stockroom/partsFormat';
import { formatMinutes } from '../benchFormat';

function Figure({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Stack gap={0} align="flex-end">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} ff="monospace" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

/**
 * What the repair cost so far (issue 5 item 4; policy 3.5): recorded labour at the depot's
 * hourly rate plus the parts consumed at cost, and who bears it: the company when the warranty
 * covers the repair, otherwise the customer.
 */
export function CostPanel({ cost }: { cost: TicketCost }) {
  const { t } = useTranslation();
  const currency = useCurrency();
  return (
    <Group gap="lg" wrap="nowrap" data-testid="bench-cost" data-borne-by={cost.borneBy}>
      <Figure
        label={t('bench.cost.labour', { time: formatMinutes(cost.labourMinutes, t) })}
        testId="bench-cost-labour"
      >
        {formatCost(cost.labourCost, currency)}
      </Figure>
      <Figure label={t('bench.cost.parts')} testId="bench-cost-parts">
        {formatCost(cost.partsCost, currency)}
      </Figure>
      <Figure label={t('bench.cost.total')} testId="bench-cost-total">
        {formatCost(cost.total, currency)} {currency}
      </Figure>
      <Badge
        variant="light"
        color={cost.borneBy === 'company' ? 'teal' : 'orange'}
        data-testid="bench-cost-borne"
      >
        {t(`bench.cost.borneBy.${cost.borneBy}`)}
      </Badge>
    </Group>
  );
}
