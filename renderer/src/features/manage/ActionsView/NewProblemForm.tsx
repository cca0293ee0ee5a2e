import {
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '../../../../../main/improvement/problemHandlers';
import type { ProblemKind, ProblemSource } from '../../../../../main/improvement/problemRepo';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifyError } from '../../../errors/notifyError';

export type ProblemPrefill = {
  source: ProblemSource;
  faultCodes: string[];
  modelIds: number[];
  ticketIds: number[];
  complaintId: number | null;
};

type Values = {
  title: string;
  description: string;
  source: ProblemSource;
  kind: ProblemKind;
  faultCodes: string[];
  modelIds: string[];
};

type Option = { value: string; label: string };
const SOURCES: readonly ProblemSource[] = ['trend', 'complaint', 'tickets', 'manual'];
const KINDS: readonly ProblemKind[] = ['corrective', 'preventive'];

/** Opens a problem; from the dashboard it arrives with its source and links filled in. */
export function NewProblemForm({
  prefill,
  onDone,
  onCancel,
}: {
  prefill: ProblemPrefill;
  onDone: (p: ProblemDetail) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-TW';
  const [codes, setCodes] = useState<Option[]>([]);
  const [models, setModels] = useState<Option[]>([]);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      title: '',
      description: '',
      source: prefill.source,
      kind: 'corrective',
      faultCodes: prefill.faultCodes,
      modelIds: prefill.modelIds.map(String),
    },
  });

  useEffect(() => {
    let current = true;
    invoke('faultCodes/list', {})
      .then((all) => {
        if (!current) return;
        const byCode = new Map<string, Option>();
        for (const c of all) {
          if (!byCode.has(c.code)) {
            byCode.set(c.code, { value: c.code, label: `${c.code} ${zh ? c.nameZh : c.nameEn}` });
          }
        }
        setCodes([...byCode.values()]);
      })
      .catch((e: unknown) => current && notifyError(e));
    invoke('catalogue/listModels', {})
      .then(
        (all) =>
          current &&
          setModels(
            all.map((m) => ({
              value: String(m.id),
              label: `${m.code} ${zh ? m.nameZh : m.nameEn}`,
            })),
          ),
      )
      .catch((e: unknown) => current && notifyError(e));
    return () => {
      current = false;
    };
  }, [zh]);

  // A prefilled link the lists do not (yet) hold still shows, by its code or id.
  const withValues = (options: Option[], values: string[]) => [
    ...options,
    ...values
      .filter((v) => !options.some((o) => o.value === v))
      .map((v) => ({ value: v, label: v })),
  ];

  async function submit(v: Values) {
    setBusy(true);
    try {
      const p = await invoke('improvement/open', {
        title: v.title,
        ...(v.description.trim() && { description: v.description }),
        source: v.source,
        kind: v.kind,
        faultCodes: v.faultCodes,
        modelIds: v.modelIds.map(Number),
        ticketIds: prefill.ticketIds,
        ...(prefill.complaintId !== null && { complaintId: prefill.complaintId }),
      });
      onDone(p);
    } catch (e) {
      showErrorOnForm(form, e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid="problem-new-form">
      <form onSubmit={form.onSubmit((v) => void submit(v))}>
        <Stack gap="sm">
          <Title order={4}>{t('manage.actions.new')}</Title>
          <TextInput
            label={t('manage.actions.fields.title')}
            withAsterisk
            maxLength={200}
            autoFocus
            {...form.getInputProps('title')}
            data-testid="problem-title"
          />
          <Textarea
            label={t('manage.actions.fields.description')}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('description')}
            data-testid="problem-description"
          />
          <Group grow align="flex-start">
            <Select
              label={t('manage.actions.fields.source')}
              allowDeselect={false}
              data={SOURCES.map((s) => ({ value: s, label: t(`manage.actions.source.${s}`) }))}
              {...form.getInputProps('source')}
              data-testid="problem-source"
            />
            <Select
              label={t('manage.actions.fields.kind')}
              allowDeselect={false}
              data={KINDS.map((k) => ({ value: k, label: t(`manage.actions.kind.${k}`) }))}
              {...form.getInputProps('kind')}
              data-testid="problem-kind"
            />
          </Group>
          <MultiSelect
            label={t('manage.actions.fields.faultCodes')}
            searchable
            data={withValues(codes, form.values.faultCodes)}
            {...form.getInputProps('faultCodes')}
            data-testid="problem-fault-codes"
          />
          <MultiSelect
            label={t('manage.actions.fields.models')}
            searchable
            data={withValues(models, form.values.modelIds)}
            {...form.getInputProps('modelIds')}
            data-testid="problem-models"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="problem-open-submit">
              {t('manage.actions.open.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
