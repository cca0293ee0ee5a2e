import { Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Part } from '../../../../../main/stock/partRepo';
import { invoke, type Output } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { formatQty } from '../partsFormat';

type Values = { quantity: number | string; reason: string };

/**
 * A supervisor's correction of the books (policy 5.2): a signed quantity and the reason on
 * record. The ledger keeps it as a new move; stock never goes below zero.
 */
export function AdjustModal({
  part,
  opened,
  onClose,
  onDone,
}: {
  part: Part;
  opened: boolean;
  onClose: () => void;
  onDone: (result: Output<'stock/adjust'>) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({ initialValues: { quantity: '', reason: '' } });
  const [busy, setBusy] = useState(false);
  const quantity = Number(form.values.quantity);
  const known = form.values.quantity !== '' && Number.isInteger(quantity) && quantity !== 0;
  const after = known ? part.onHand + quantity : null;

  function close() {
    form.reset();
    onClose();
  }

  async function submit() {
    const v = form.getValues();
    const q = Number(v.quantity);
    const errors: Record<string, string> = {};
    if (v.quantity === '' || !Number.isInteger(q) || q === 0) {
      errors.quantity = t('stockroom.parts.adjust.nonZero');
    } else if (part.onHand + q < 0) {
      errors.quantity = t('stockroom.parts.adjust.belowZero', { onHand: part.onHand });
    }
    if (!v.reason.trim()) errors.reason = t('validation.required');
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      const result = await invoke('stock/adjust', {
        partId: part.id,
        quantity: q,
        reason: v.reason.trim(),
      });
      form.reset();
      onDone(result);
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
      title={t('stockroom.parts.adjust.title', { partNo: part.partNo })}
      centered
    >
      <Stack
        gap="sm"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        data-testid="adjust-form"
      >
        <Text size="sm" c="dimmed">
          {t('stockroom.parts.adjust.body')}
        </Text>
        <NumberInput
          label={t('stockroom.parts.adjust.quantity')}
          description={t('stockroom.parts.adjust.quantityHint')}
          withAsterisk
          allowDecimal={false}
          data-autofocus
          {...form.getInputProps('quantity')}
          data-testid="adjust-quantity"
        />
        <Text size="sm" data-testid="adjust-preview">
          {t('stockroom.parts.adjust.preview', {
            onHand: formatQty(part.onHand),
            after: after === null ? '—' : formatQty(after),
          })}
        </Text>
        <Textarea
          label={t('stockroom.parts.adjust.reason')}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
          data-testid="adjust-reason"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={busy} data-testid="adjust-submit">
            {t('stockroom.parts.adjust.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
