import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchTicketView } from '../../../../../main/bench/benchTicket';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import type { ActResult } from '../useBenchTicket';

type Values = { carrier: string; trackingNo: string; fault: string };

/**
 * Return to factory (返廠, issue 5 item 7): the carrier, the tracking number and the fault as
 * the factory should read it. The ticket then waits "at factory" until the unit comes back.
 */
export function FactorySendModal({
  ticket,
  opened,
  onClose,
  act,
}: {
  ticket: BenchTicketView;
  opened: boolean;
  onClose: () => void;
  act: (send: () => Promise<BenchTicketView>) => Promise<ActResult>;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { carrier: '', trackingNo: '', fault: ticket.faultDescription },
  });
  const [busy, setBusy] = useState(false);

  function close() {
    form.reset();
    onClose();
  }

  async function submit() {
    const v = form.getValues();
    const errors: Record<string, string> = {};
    for (const key of ['carrier', 'trackingNo', 'fault'] as const) {
      if (!v[key].trim()) errors[key] = t('validation.required');
    }
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      await act(() =>
        invoke('factory/send', {
          ticketId: ticket.id,
          version: ticket.version,
          carrier: v.carrier.trim(),
          trackingNo: v.trackingNo.trim(),
          fault: v.fault.trim(),
        }),
      );
      close();
    } catch (error) {
      showErrorOnForm(form, error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('bench.factory.sendTitle', { reportNo: ticket.reportNo })}
      centered
    >
      <Stack
        gap="sm"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        data-testid="bench-factory-form"
      >
        <Text size="sm" c="dimmed">
          {t('bench.factory.sendBody')}
        </Text>
        <TextInput
          label={t('bench.factory.carrier')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('carrier')}
          data-testid="bench-factory-carrier"
        />
        <TextInput
          label={t('bench.factory.trackingNo')}
          withAsterisk
          autoComplete="off"
          {...form.getInputProps('trackingNo')}
          data-testid="bench-factory-tracking"
        />
        <Textarea
          label={t('bench.factory.fault')}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('fault')}
          data-testid="bench-factory-fault"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="bench-factory-submit">
            {t('bench.factory.send')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
