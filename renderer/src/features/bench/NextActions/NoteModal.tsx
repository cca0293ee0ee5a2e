import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showErrorOnForm } from '../../../errors/formErrors';

/**
 * A move whose note goes on the ticket's timeline (a unit going back unrepaired says why);
 * the note is optional unless `required`.
 */
export function NoteModal({
  opened,
  title,
  body,
  confirm,
  label,
  required = false,
  color,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  title: string;
  body: string;
  confirm: string;
  /** What the note is called (default: "Note"). */
  label?: string;
  required?: boolean;
  color?: string;
  onClose: () => void;
  onConfirm: (note: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    if (required && !note.trim()) {
      setError(t('validation.required'));
      return;
    }
    setBusy(true);
    try {
      await onConfirm(note.trim());
      setNote('');
      onClose();
    } catch (e) {
      showErrorOnForm(
        {
          getValues: () => ({ note, reason: note }),
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
          label={label ?? t('bench.actions.note')}
          withAsterisk={required}
          autosize
          minRows={2}
          data-autofocus
          value={note}
          error={error}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send();
          }}
          data-testid="bench-note-input"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={color}
            loading={busy}
            onClick={() => void send()}
            data-testid="bench-note-confirm"
          >
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
