import { Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rate } from '../../../../../main/appraisal/indicators';
import { percent } from './rates';

/** A rate as a percentage over its "n / d"; a click shows the tickets behind it. */
export function RateCell({
  rate,
  name,
  onOpen,
  testId,
}: {
  rate: Rate;
  name: string;
  onOpen: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const shown = percent(rate) ?? t('manage.indicators.noRate');
  const fraction = t('manage.indicators.ofCompleted', { n: rate.numerator, d: rate.denominator });
  return (
    <UnstyledButton
      onClick={onOpen}
      aria-label={t('manage.indicators.openTickets', { figure: `${name} ${shown} (${fraction})` })}
      data-testid={testId}
      data-numerator={rate.numerator}
      data-denominator={rate.denominator}
    >
      <Stack gap={0} align="flex-end">
        <Text size="sm" fw={600} c={rate.denominator === 0 ? 'dimmed' : undefined}>
          {shown}
        </Text>
        <Text size="xs" c="dimmed">
          {fraction}
        </Text>
      </Stack>
    </UnstyledButton>
  );
}
