import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Asked before a half-typed intake is thrown away: nothing brings it back. */
export function DiscardDraftModal({
  opened,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('intake.draft.confirmTitle')} centered>
      <Stack gap="md">
        <Text size="sm">{t('intake.draft.confirmBody')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('intake.draft.keep')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              onClose();
              onConfirm();
            }}
            data-testid="intake-draft-discard-confirm"
          >
            {t('intake.draft.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
