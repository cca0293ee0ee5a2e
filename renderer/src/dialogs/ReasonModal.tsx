import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showErrorOnForm } from '../errors/formErrors';

/**
 * A change that needs a reason or note on record (a cancelled ticket or count, a supervisor
 * override, a rejected requisition, a bench move): asked, then sent. The text is required
 * unless `required` is false; Ctrl+Enter confirms. A core error naming the reason or note shows
 * on the field; any other goes to a notification.
 */
export function ReasonModal({
  opened,
  title,
  body,
  label,
  confirm,
  dismiss,
  color,
  required = true,
  requiredMessage,
  testIds = { input: 'reason-input', confirm: 'reason-confirm' },
  onClose,
  onConfirm,
}: {
  opened: boolean;
  title: string;
  /** What the change does, above the field. */
  body?: string;
  /** What the text is called ("Reason", "Note"). */
  label: string;
  confirm: string;
  /** The closing button (default: "Cancel"). */
  dismiss?: string;
  color?: string;
  required?: boolean;
  /** Shown when a required text is left empty (default: "Required"). */
  requiredMessage?: string;
  testIds?: { input: string; confirm: string };
  onClose: () => void;
  onConfirm: (text: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    if (required && !text.trim()) {
      setError(requiredMessage ?? t('validation.required'));
      return;
    }
    setBusy(true);
    try {
      await onConfirm(text.trim());
      setText('');
      onClose();
    } catch (e) {
      showErrorOnForm(
        {
          getValues: () => ({ reason: text, note: text }),
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
        {body && (
          <Text size="sm" c="dimmed">
            {body}
          </Text>
        )}
        <Textarea
          label={label}
          withAsterisk={required}
          autosize
          minRows={2}
          data-autofocus
          value={text}
          error={error}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send();
          }}
          data-testid={testIds.input}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {dismiss ?? t('common.cancel')}
          </Button>
          <Button
            color={color}
            loading={busy}
            onClick={() => void send()}
            data-testid={testIds.confirm}
          >
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
