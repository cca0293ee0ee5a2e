import { Button, Group, Progress, Text, Tooltip, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke, onCoreEvent, type CoreEventMap } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

type UpdaterStatus = CoreEventMap['updater/status'];

/** The desktop app's updater: progress while downloading, then a restart button. */
export function UpdateIndicator() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<UpdaterStatus | null>(null);

  useEffect(() => onCoreEvent('updater/status', setStatus), []);

  if (status?.state === 'downloading') {
    const percent = Math.round(status.percent ?? 0);
    return (
      <Group gap={6} wrap="nowrap" data-testid="update-progress" visibleFrom="sm">
        <Text size="xs" c="dimmed">
          {t('shell.updateDownloading', { percent })}
        </Text>
        <Progress value={percent} w={80} size="sm" />
      </Group>
    );
  }
  if (status?.state === 'ready') {
    return (
      <Tooltip label={t('shell.updateReadyVersion', { version: status.version ?? '' })} withArrow>
        <Button
          size="xs"
          variant="light"
          color="teal"
          leftSection={<IconRefresh size={14} />}
          onClick={() => invoke('app/installUpdate', {}).catch(notifyError)}
          data-testid="update-restart"
        >
          {t('shell.updateReady')}
        </Button>
      </Tooltip>
    );
  }
  if (status?.state === 'error') {
    return (
      <Tooltip
        label={t('shell.updateFailed', { message: status.message ?? '' })}
        withArrow
        multiline
        w={280}
      >
        <ThemeIcon variant="light" color="yellow" size="md" data-testid="update-error">
          <IconAlertTriangle size={16} />
        </ThemeIcon>
      </Tooltip>
    );
  }
  return null;
}
