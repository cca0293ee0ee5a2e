import { Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../../main/aftercare/complaintHandlers';
import type { StaffSummary } from '../../../../../main/staff/staffRepo';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifyError } from '../../../errors/notifyError';
import { todayIso } from '../../../format/dateTime';

type Values = { responsibleId: string | null; dueDate: string | null; note: string };

/** A supervisor gives the complaint to a responsible person (負責人) with a deadline (期限). */
export function RouteForm({
  complaint,
  onDone,
  onCancel,
}: {
  complaint: ComplaintDetail;
  onDone: (next: ComplaintDetail, name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [staff, setStaff] = useState<StaffSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      responsibleId: complaint.responsible ? String(complaint.responsible.id) : null,
      dueDate: complaint.dueDate,
      note: '',
    },
  });

  useEffect(() => {
    let current = true;
    invoke('staff/list', {})
      .then((all) => current && setStaff(all.filter((s) => s.active)))
      .catch((e: unknown) => current && notifyError(e));
    return () => {
      current = false;
    };
  }, []);

  async function submit(v: Values) {
    setBusy(true);
    try {
      const next = await invoke('complaints/route', {
        complaintId: complaint.id,
        version: complaint.version,
        responsibleId: Number(v.responsibleId ?? 0),
        dueDate: v.dueDate ?? '',
        ...(v.note.trim() && { note: v.note.trim() }),
      });
      onDone(next, next.responsible?.displayName ?? '');
    } catch (e) {
      showErrorOnForm(form, e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid="complaint-route-form">
      <form onSubmit={form.onSubmit((v) => void submit(v))}>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select
              label={t('manage.complaints.route.responsible')}
              placeholder={t('manage.complaints.route.pick')}
              withAsterisk
              searchable
              autoFocus
              data={staff.map((s) => ({ value: String(s.id), label: s.displayName }))}
              {...form.getInputProps('responsibleId')}
              data-testid="complaint-route-staff"
            />
            <DateInput
              label={t('manage.complaints.route.dueDate')}
              withAsterisk
              valueFormat="YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              minDate={todayIso()}
              {...form.getInputProps('dueDate')}
              data-testid="complaint-route-due"
            />
          </Group>
          <TextInput
            label={t('manage.complaints.route.note')}
            maxLength={500}
            {...form.getInputProps('note')}
            data-testid="complaint-route-note"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="complaint-route-submit">
              {t('manage.complaints.route.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
