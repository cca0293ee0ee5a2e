import { Alert, Button, Group, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localDateTime } from '../../../format/dateTime';

/** "Draft restored — Discard": the form came back as the clerk left it. */
export function DraftRestored({
  savedAt,
  onDiscard,
  onClose,
}: {
  savedAt: string;
  onDiscard: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      variant="light"
      color="blue"
      icon={<IconHistory size={18} />}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      p="sm"
      data-testid="intake-draft-restored"
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <div>
          <Text size="sm" fw={500}>
            {t('intake.draft.restored', { when: localDateTime(savedAt) })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('intake.draft.notKept')}
          </Text>
        </div>
        <Button size="xs" variant="default" onClick={onDiscard} data-testid="intake-draft-discard">
          {t('intake.draft.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
