import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showErrorOnForm } from '../../../../errors/formErrors';

/** Rejecting a requisition (駁回) says why, for the technician and the record. */
export function RejectModal({
  opened,
  reqNo,
  onClose,
  onReject,
}: {
  opened: boolean;
  reqNo: string;
  onClose: () => void;
  onReject: (note: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    if (!note.trim()) {
      setError(t('stockroom.requisitions.detail.rejectNoteRequired'));
      return;
    }
    setBusy(true);
    try {
      await onReject(note.trim());
      setNote('');
      onClose();
    } catch (e) {
      showErrorOnForm(
        {
          getValues: () => ({ note }),
          setErrors: (errors) => setError(String(Object.values(errors)[0] ?? '')),
        },
        e,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('stockroom.requisitions.detail.rejectTitle', { reqNo })}
      centered
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('stockroom.requisitions.detail.rejectBody')}
        </Text>
        <Textarea
          label={t('stockroom.requisitions.detail.rejectNote')}
          withAsterisk
          autosize
          minRows={2}
          data-autofocus
          value={note}
          error={error}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            setError(null);
          }}
          data-testid="req-reject-note"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={() => void send()}
            data-testid="req-reject-confirm"
          >
            {t('stockroom.requisitions.detail.reject')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
