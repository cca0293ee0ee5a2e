import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showErrorOnForm } from '../../../../errors/formErrors';

/** Cancelling a count posts nothing; the reason stays on record with its entries. */
export function CancelCountModal({
  opened,
  onClose,
  onCancelCount,
}: {
  opened: boolean;
  onClose: () => void;
  onCancelCount: (reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    if (!reason.trim()) {
      setError(t('validation.required'));
      return;
    }
    setBusy(true);
    try {
      await onCancelCount(reason.trim());
      setReason('');
      onClose();
    } catch (e) {
      showErrorOnForm(
        {
          getValues: () => ({ reason }),
          setErrors: (errors) => setError(String(Object.values(errors)[0] ?? '')),
        },
        e,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('stockroom.counts.cancel.title')} centered>
      <Stack gap="sm">
        <TextInput
          label={t('stockroom.counts.cancel.reason')}
          withAsterisk
          data-autofocus
          value={reason}
          error={error}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          data-testid="count-cancel-reason"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={() => void send()}
            data-testid="count-cancel-confirm"
          >
            {t('stockroom.counts.cancel.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
