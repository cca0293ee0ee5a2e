import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showErrorOnForm } from '../../../errors/formErrors';

/** A change that needs a reason on record (cancel, supervisor override): asked, then sent. */
export function ReasonModal({
  opened,
  title,
  body,
  confirm,
  color,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  title: string;
  body: string;
  confirm: string;
  color?: string;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
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
      await onConfirm(reason.trim());
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
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {body}
        </Text>
        <Textarea
          label={t('intake.detail.reason')}
          withAsterisk
          autosize
          minRows={2}
          data-autofocus
          value={reason}
          error={error}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          data-testid="reason-input"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={color}
            loading={busy}
            onClick={() => void send()}
            data-testid="reason-confirm"
          >
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
