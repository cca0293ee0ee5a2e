import { Button, Checkbox, Group, Paper, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../../main/aftercare/complaintHandlers';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';

type Values = { resolution: string; rerepair: boolean };

/** Resolving says what was done; it may send the unit back to the bench (a re-repair). */
export function ResolveForm({
  complaint,
  onDone,
  onCancel,
}: {
  complaint: ComplaintDetail;
  onDone: (next: ComplaintDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({ initialValues: { resolution: '', rerepair: false } });

  async function submit(v: Values) {
    setBusy(true);
    try {
      onDone(
        await invoke('complaints/resolve', {
          complaintId: complaint.id,
          version: complaint.version,
          resolution: v.resolution.trim(),
          rerepair: v.rerepair,
        }),
      );
    } catch (e) {
      showErrorOnForm(form, e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid="complaint-resolve-form">
      <form
        onSubmit={form.onSubmit((v) => void submit(v))}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(form.getValues());
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('manage.complaints.resolve.resolution')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={2000}
            autoFocus
            {...form.getInputProps('resolution')}
            data-testid="complaint-resolution"
          />
          <Checkbox
            label={t('manage.complaints.resolve.rerepair')}
            {...form.getInputProps('rerepair', { type: 'checkbox' })}
            data-testid="complaint-rerepair"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color="teal"
              loading={busy}
              data-testid="complaint-resolve-submit"
            >
              {t('manage.complaints.resolve.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
