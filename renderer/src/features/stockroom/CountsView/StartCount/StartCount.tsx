import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlindCount } from '../../../../../../main/stock/countHandlers';
import { invoke } from '../../../../bridge';
import { showErrorOnForm } from '../../../../errors/formErrors';

type Values = { scope: { kind: 'bin' | 'category'; value: string }; note: string };

/**
 * Starts a blind count (盲盤, policy 5.2) of one bin or one category: the parts it holds now are
 * fixed as the count's lines, and none of them may be in another open count.
 */
export function StartCount({
  opened,
  onClose,
  onStarted,
}: {
  opened: boolean;
  onClose: () => void;
  onStarted: (count: BlindCount) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({ initialValues: { scope: { kind: 'bin', value: '' }, note: '' } });
  const [busy, setBusy] = useState(false);

  async function start(values: Values) {
    if (!values.scope.value.trim()) {
      form.setFieldError('scope.value', t('validation.required'));
      return;
    }
    setBusy(true);
    try {
      const count = await invoke('counts/start', {
        scope: { kind: values.scope.kind, value: values.scope.value.trim() },
        ...(values.note.trim() && { note: values.note.trim() }),
      });
      form.reset();
      onStarted(count);
    } catch (error) {
      showErrorOnForm(form, error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('stockroom.counts.start.title')} centered>
      <form onSubmit={form.onSubmit((v) => void start(v))} data-testid="count-start-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('stockroom.counts.start.body')}
          </Text>
          <SegmentedControl
            data={(['bin', 'category'] as const).map((k) => ({
              value: k,
              label: t(`stockroom.counts.start.kind.${k}`),
            }))}
            {...form.getInputProps('scope.kind')}
            data-testid="count-start-kind"
          />
          <TextInput
            label={t(`stockroom.counts.start.value.${form.values.scope.kind}`)}
            withAsterisk
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('scope.value')}
            data-testid="count-start-value"
          />
          <TextInput
            label={t('stockroom.counts.start.note')}
            {...form.getInputProps('note')}
            data-testid="count-start-note"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="count-start-submit">
              {t('stockroom.counts.start.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
