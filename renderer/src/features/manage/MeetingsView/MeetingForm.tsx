import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../../main/improvement/meetings';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifyError } from '../../../errors/notifyError';
import { todayIso } from '../../../format/dateTime';
import { useActiveStaff } from '../ActionsView/ActionItems';

type Values = {
  heldOn: string | null;
  attendeeIds: string[];
  periodFrom: string | null;
  periodTo: string | null;
  reportDocumentId: number | string;
  agenda: string;
  minutes: string;
  problemIds: string[];
};

type Option = { value: string; label: string };

/** Records a review meeting (定期召開保修業務分析會議): who came, which period, what was decided. */
export function MeetingForm({
  onDone,
  onCancel,
}: {
  onDone: (m: MeetingDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const staff = useActiveStaff(true);
  const [problems, setProblems] = useState<Option[]>([]);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      heldOn: todayIso(),
      attendeeIds: [],
      periodFrom: null,
      periodTo: null,
      reportDocumentId: '',
      agenda: '',
      minutes: '',
      problemIds: [],
    },
  });

  useEffect(() => {
    let current = true;
    invoke('improvement/list', { limit: 200 })
      .then(
        (page) =>
          current &&
          setProblems(
            page.rows.map((p) => ({ value: String(p.id), label: `${p.number} ${p.title}` })),
          ),
      )
      .catch((e: unknown) => current && notifyError(e));
    return () => {
      current = false;
    };
  }, []);

  async function submit(v: Values) {
    setBusy(true);
    try {
      const m = await invoke('meetings/record', {
        heldOn: v.heldOn ?? '',
        attendeeIds: v.attendeeIds.map(Number),
        periodFrom: v.periodFrom ?? '',
        periodTo: v.periodTo ?? '',
        ...(typeof v.reportDocumentId === 'number' && { reportDocumentId: v.reportDocumentId }),
        agenda: v.agenda
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        minutes: v.minutes,
        problemIds: v.problemIds.map(Number),
      });
      onDone(m);
    } catch (e) {
      showErrorOnForm(form, e);
    } finally {
      setBusy(false);
    }
  }

  const date = (field: 'heldOn' | 'periodFrom' | 'periodTo', testId: string) => (
    <DateInput
      label={t(`manage.meetings.fields.${field}`)}
      withAsterisk
      valueFormat="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      {...form.getInputProps(field)}
      data-testid={testId}
    />
  );

  return (
    <Paper withBorder radius="md" p="md" data-testid="meeting-form">
      <form onSubmit={form.onSubmit((v) => void submit(v))}>
        <Stack gap="sm">
          <Title order={4}>{t('manage.meetings.record')}</Title>
          <Group grow align="flex-start">
            {date('heldOn', 'meeting-held-on')}
            {date('periodFrom', 'meeting-period-from')}
            {date('periodTo', 'meeting-period-to')}
          </Group>
          <MultiSelect
            label={t('manage.meetings.fields.attendees')}
            withAsterisk
            searchable
            data={staff}
            {...form.getInputProps('attendeeIds')}
            data-testid="meeting-attendees"
          />
          <NumberInput
            label={t('manage.meetings.fields.reportDocumentId')}
            min={1}
            allowDecimal={false}
            {...form.getInputProps('reportDocumentId')}
            data-testid="meeting-report"
          />
          <Textarea
            label={t('manage.meetings.fields.agenda')}
            autosize
            minRows={2}
            {...form.getInputProps('agenda')}
            data-testid="meeting-agenda"
          />
          <Textarea
            label={t('manage.meetings.fields.minutes')}
            autosize
            minRows={4}
            maxLength={20000}
            {...form.getInputProps('minutes')}
            data-testid="meeting-minutes"
          />
          <MultiSelect
            label={t('manage.meetings.fields.problems')}
            searchable
            data={problems}
            {...form.getInputProps('problemIds')}
            data-testid="meeting-problems"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="meeting-submit">
              {t('manage.meetings.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
