import { Group, SegmentedControl } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../format/dateTime';
import { PRESETS, presetOf, presetPeriod, type Period, type Preset } from './period';

type Range = [string | null, string | null];

/**
 * The period a Manage view reports on: a preset (this month, last month, this year) or any
 * two days picked by hand. A half-picked range is kept here until its last day is chosen, so
 * the view never asks the core for a period without an end.
 */
export function PeriodPicker({
  value,
  onChange,
  testId,
}: {
  value: Period;
  onChange: (period: Period) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Range | null>(null);
  const today = todayIso();
  const preset = presetOf(value, today) ?? 'custom';
  return (
    <Group gap="xs" wrap="wrap">
      <SegmentedControl
        size="xs"
        aria-label={t('manage.period.label')}
        value={preset}
        onChange={(v) => {
          setDraft(null);
          onChange(presetPeriod(v as Preset, today));
        }}
        data={[
          ...PRESETS.map((p) => ({ value: p, label: t(`manage.period.presets.${p}`) })),
          { value: 'custom', label: t('manage.period.presets.custom'), disabled: true },
        ]}
        data-testid={`${testId}-preset`}
      />
      <DatePickerInput
        size="xs"
        w={230}
        type="range"
        aria-label={t('manage.period.range')}
        placeholder={t('manage.period.placeholder')}
        valueFormat="YYYY-MM-DD"
        allowSingleDateInRange
        value={draft ?? [value.from, value.to]}
        onChange={(dates) => {
          const [from, to] = dates as Range;
          if (from && to) {
            setDraft(null);
            onChange({ from, to });
          } else {
            setDraft([from, to]);
          }
        }}
        data-testid={`${testId}-dates`}
      />
    </Group>
  );
}
