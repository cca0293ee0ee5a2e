import { Button, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingRecord } from '../../../../../main/appraisal/training';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { todayIso } from '../../../format/dateTime';

const KINDS = ['product_knowledge', 'repair_skills', 'service_rules', 'safety'] as const;
const RESULTS = ['passed', 'failed', 'attended'] as const;

type Values = {
  course: string;
  kind: (typeof KINDS)[number];
  date: string | null;
  minutes: number | string;
  trainer: string;
  result: (typeof RESULTS)[number];
};

/**
 * Records a course a staff member took (policy 4: product knowledge, repair skills, service
 * rules, safety). The core checks every field; its refusals land on the field they name.
 */
export function TrainingForm({
  staffId,
  onRecorded,
}: {
  staffId: number;
  onRecorded: (record: TrainingRecord) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      course: '',
      kind: 'repair_skills',
      date: todayIso(),
      minutes: '',
      trainer: '',
      result: 'passed',
    },
  });
  const field = (k: keyof Values) => t(`manage.indicators.trainingRecords.fields.${k}`);

  async function save(v: Values) {
    setBusy(true);
    try {
      const record = await invoke('training/record', {
        staffId,
        course: v.course,
        kind: v.kind,
        date: v.date ?? '',
        minutes: typeof v.minutes === 'number' ? v.minutes : Number.NaN,
        trainer: v.trainer,
        result: v.result,
      });
      form.reset();
      onRecorded(record);
    } catch (error) {
      showErrorOnForm(form, error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))} data-testid="training-form">
      <SimpleGrid cols={2} spacing="xs">
        <TextInput
          size="xs"
          label={field('course')}
          withAsterisk
          {...form.getInputProps('course')}
          data-testid="training-course"
        />
        <Select
          size="xs"
          label={field('kind')}
          allowDeselect={false}
          data={KINDS.map((k) => ({
            value: k,
            label: t(`manage.indicators.trainingRecords.kinds.${k}`),
          }))}
          {...form.getInputProps('kind')}
          data-testid="training-kind"
        />
        <DatePickerInput
          size="xs"
          label={field('date')}
          valueFormat="YYYY-MM-DD"
          maxDate={todayIso()}
          {...form.getInputProps('date')}
          data-testid="training-date"
        />
        <NumberInput
          size="xs"
          label={field('minutes')}
          withAsterisk
          min={1}
          allowDecimal={false}
          {...form.getInputProps('minutes')}
          data-testid="training-minutes"
        />
        <TextInput
          size="xs"
          label={field('trainer')}
          withAsterisk
          {...form.getInputProps('trainer')}
          data-testid="training-trainer"
        />
        <Select
          size="xs"
          label={field('result')}
          allowDeselect={false}
          data={RESULTS.map((r) => ({
            value: r,
            label: t(`manage.indicators.trainingRecords.results.${r}`),
          }))}
          {...form.getInputProps('result')}
          data-testid="training-result"
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button size="xs" type="submit" loading={busy} data-testid="training-save">
          {t('manage.indicators.trainingRecords.save')}
        </Button>
      </Group>
    </form>
  );
}
