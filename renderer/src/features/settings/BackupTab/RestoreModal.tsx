import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupListItem } from '../../../../../main/backup/handlers';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

/**
 * The restore's typed confirmation: the admin types the backup's name, so a restore is never
 * one stray click (the core checks the same: `confirm` must repeat the name).
 */
export function RestoreModal({
  backup,
  onClose,
  onRestored,
}: {
  backup: BackupListItem;
  onClose: () => void;
  onRestored: () => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);

  const restore = () => {
    setBusy(true);
    invoke('backup/restore', { name: backup.name, confirm: typed })
      .then((result) => {
        notifications.show(
          result.problems.length === 0
            ? {
                color: 'teal',
                autoClose: false,
                message: t('settings.backup.restored', {
                  name: result.restored,
                  safety: result.safetyBackup ?? '—',
                }),
              }
            : {
                color: 'red',
                autoClose: false,
                message: t('settings.backup.restoredProblems', {
                  name: result.restored,
                  count: result.problems.length,
                }),
              },
        );
        onRestored();
      })
      .catch(notifyError)
      .finally(() => setBusy(false));
  };

  return (
    <Modal
      opened
      onClose={busy ? () => undefined : onClose}
      title={t('settings.backup.restoreTitle', { name: backup.name })}
      size="lg"
    >
      <Stack gap="md">
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
          {t('settings.backup.restoreBody', {
            when: dayjs(backup.createdAt).format('YYYY-MM-DD HH:mm'),
          })}
        </Alert>
        <Text size="sm" ff="monospace">
          {backup.name}
        </Text>
        <TextInput
          label={t('settings.backup.confirmLabel')}
          placeholder={t('settings.backup.confirmHint', { name: backup.name })}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
          data-testid="backup-restore-confirm"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            onClick={restore}
            loading={busy}
            disabled={typed !== backup.name}
            data-testid="backup-restore-go"
          >
            {t('settings.backup.restoreConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
