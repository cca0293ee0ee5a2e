import { Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CostControl, StationCost } from '../../../../../main/appraisal/costControl';
import type { Satisfaction } from '../../../../../main/appraisal/satisfaction';
import { useDepotSettings } from '../../../stores/depotSettings';
import { formatMoney } from '../CostReportView/costFormat';

// The satisfaction and cost figures of a row: the figure over what it is made of, a click away
// from the answers or tickets behind it. No answers or no repairs show "—", never 0.

function Figure({
  main,
  detail,
  label,
  onOpen,
  testId,
}: {
  main: string | null;
  detail: string;
  label: string;
  onOpen: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <UnstyledButton onClick={onOpen} aria-label={label} data-testid={testId}>
      <Stack gap={0} align="flex-end">
        <Text size="sm" fw={600} c={main === null ? 'dimmed' : undefined}>
          {main ?? t('manage.indicators.noRate')}
        </Text>
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      </Stack>
    </UnstyledButton>
  );
}

/** Mean score to one decimal over the number of answers: 13 / 3 → "4.3", "3 answers". */
export function SatisfactionFigure({ s, onOpen }: { s: Satisfaction; onOpen: () => void }) {
  const { t } = useTranslation();
  const main = s.mean === null ? null : s.mean.toFixed(1);
  const detail = t('manage.indicators.answers', { count: s.answers });
  return (
    <Figure
      main={main}
      detail={detail}
      label={t('manage.indicators.openAnswers', { figure: `${main ?? '—'} (${detail})` })}
      onOpen={onOpen}
      testId="figure-satisfaction"
    />
  );
}

/** The cost index to two decimals over "their cost / the station means for the same tickets". */
export function CostIndexFigure({ c, onOpen }: { c: CostControl; onOpen: () => void }) {
  const { t } = useTranslation();
  const currency = useDepotSettings((s) => s.settings?.locale.currency ?? 'TWD');
  const main = c.index.value === null ? null : c.index.value.toFixed(2);
  const detail = t('manage.indicators.costOfExpected', {
    actual: formatMoney(c.index.actual, currency),
    expected: formatMoney(Math.round(c.index.expected), currency),
  });
  return (
    <Figure
      main={main}
      detail={detail}
      label={t('manage.indicators.openCosts', { figure: `${main ?? '—'} (${detail})` })}
      onOpen={onOpen}
      testId="figure-cost"
    />
  );
}

/** A station's mean cost per repair over its repairs. */
export function MeanCostFigure({ c, onOpen }: { c: StationCost; onOpen: () => void }) {
  const { t } = useTranslation();
  const currency = useDepotSettings((s) => s.settings?.locale.currency ?? 'TWD');
  const main = c.mean === null ? null : formatMoney(Math.round(c.mean), currency);
  const detail = t('manage.indicators.repairs', { count: c.repairs });
  return (
    <Figure
      main={main}
      detail={detail}
      label={t('manage.indicators.openCosts', { figure: `${main ?? '—'} (${detail})` })}
      onOpen={onOpen}
      testId="figure-cost"
    />
  );
}
