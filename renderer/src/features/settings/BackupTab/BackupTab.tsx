import {
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupListItem } from '../../../../../main/backup/handlers';
import type { BackupStatus } from '../../../../../main/backup/backupService';
import type { Settings } from '../../../../../main/settings/settingsSchema';
import { invoke, onCoreEvent } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { useSession } from '../../../stores/session';
import { SectionForm } from '../SectionForm/SectionForm';
import { useSettingsForm } from '../SectionForm/useSettingsForm';
import { RestoreModal } from './RestoreModal';

type Values = { backup: { folder: string; keep: number | string } };

const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');
const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/**
 * Backups (issue 9, defect 6): where they go and how many stay, the list, a backup on request
 * and the restore with a typed confirmation. Supervisors see the list; only admins act (the
 * core refuses anyone else the same way).
 */
export function BackupTab({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const { t } = useTranslation();
  const refreshSession = useSession((s) => s.refresh);
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [backups, setBackups] = useState<BackupListItem[]>([]);
  const [progress, setProgress] = useState<{ task: string; done: number; total: number } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupListItem | null>(null);

  const load = useCallback(() => {
    invoke('backup/list', {})
      .then((r) => {
        setStatus(r.status);
        setBackups(r.backups);
      })
      .catch(notifyError);
  }, []);
  useEffect(() => load(), [load]);
  useEffect(
    () =>
      onCoreEvent('core/progress', (p) => {
        if (p.task === 'backup' || p.task === 'restore') setProgress(p);
      }),
    [],
  );

  const { form, submit } = useSettingsForm<Values>(settings, {
    from: (s) => ({ backup: { folder: s.backup.folder, keep: s.backup.keep } }),
    toPatch: (v) => ({ backup: { folder: v.backup.folder.trim(), keep: Number(v.backup.keep) } }),
    validate: {
      backup: { keep: (v) => (typeof v === 'number' ? null : t('validation.required')) },
    },
    onSaved: load,
  });

  const runNow = () => {
    setBusy(true);
    invoke('backup/run', {})
      .then(({ name }) =>
        notifications.show({ color: 'teal', message: t('settings.backup.done', { name }) }),
      )
      .catch(notifyError)
      .finally(() => {
        setBusy(false);
        setProgress(null);
        load();
      });
  };

  const verify = (name: string) => {
    invoke('backup/verify', { name })
      .then((r) =>
        notifications.show(
          r.ok
            ? { color: 'teal', message: t('settings.backup.verified', { name }) }
            : {
                color: 'red',
                message: t('settings.backup.verifyFailed', {
                  name,
                  count: r.problems.length,
                  first: `${r.problems[0].code} ${r.problems[0].path ?? ''}`,
                }),
              },
        ),
      )
      .catch(notifyError);
  };

  return (
    <Stack gap="lg">
      <SectionForm
        intro={t('settings.backup.intro')}
        canEdit={canEdit}
        dirty={form.isDirty()}
        submitting={form.submitting}
        onSubmit={submit}
        testId="settings-backup"
      >
        <TextInput
          label={t('settings.backup.folder')}
          description={t('settings.backup.folderHint')}
          placeholder={status?.folder}
          {...form.getInputProps('backup.folder')}
        />
        <NumberInput
          label={t('settings.backup.keep')}
          description={t('settings.backup.keepHint')}
          min={1}
          max={365}
          allowDecimal={false}
          w={280}
          {...form.getInputProps('backup.keep')}
        />
      </SectionForm>

      <Paper withBorder radius="md" p="md" data-testid="backup-status">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              {status && (
                <Text size="sm">{t('settings.backup.status', { folder: status.folder })}</Text>
              )}
              {status?.last && (
                <Text size="sm" c={status.last.ok ? undefined : 'red'}>
                  {t('settings.backup.last', {
                    when: when(status.last.at),
                    result: status.last.ok
                      ? t('settings.backup.lastOk')
                      : t('settings.backup.lastFailed', {
                          message: status.last.error?.message ?? '',
                        }),
                  })}
                </Text>
              )}
              {status?.nextDueAt && (
                <Text size="sm" c="dimmed">
                  {t('settings.backup.nextDue', { when: when(status.nextDueAt) })}
                </Text>
              )}
            </Stack>
            {canEdit && (
              <Button
                leftSection={<IconDatabaseExport size={16} />}
                onClick={runNow}
                loading={busy}
                data-testid="backup-run"
              >
                {t('settings.backup.runNow')}
              </Button>
            )}
          </Group>
          {progress && progress.done < progress.total && (
            <Stack gap={4} data-testid="backup-progress">
              <Text size="xs" c="dimmed">
                {t(
                  `settings.backup.progress.${progress.task === 'restore' ? 'restore' : 'backup'}`,
                  progress,
                )}
              </Text>
              <Progress value={(100 * progress.done) / Math.max(1, progress.total)} />
            </Stack>
          )}
        </Stack>
      </Paper>

      {backups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('settings.backup.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm" data-testid="backup-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.backup.when')}</Table.Th>
              <Table.Th>{t('settings.backup.reason')}</Table.Th>
              <Table.Th>{t('settings.backup.version')}</Table.Th>
              <Table.Th>{t('settings.backup.contents')}</Table.Th>
              <Table.Th>{t('settings.backup.size')}</Table.Th>
              {canEdit && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((b) => (
              <Table.Tr key={b.name} data-backup={b.name}>
                <Table.Td title={b.name}>{when(b.createdAt)}</Table.Td>
                <Table.Td>{t(`settings.backup.reasons.${b.reason}`)}</Table.Td>
                <Table.Td>{b.depotVersion}</Table.Td>
                <Table.Td>{t('settings.backup.contentsValue', b.counts)}</Table.Td>
                <Table.Td>{megabytes(b.bytes)}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Group gap="xs">
                      <Button size="compact-sm" variant="default" onClick={() => verify(b.name)}>
                        {t('settings.backup.verify')}
                      </Button>
                      <Button
                        size="compact-sm"
                        color="red"
                        variant="light"
                        onClick={() => setRestoring(b)}
                        data-testid={`backup-restore-${b.name}`}
                      >
                        {t('settings.backup.restore')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      {restoring && (
        <RestoreModal
          backup={restoring}
          onClose={() => setRestoring(null)}
          onRestored={() => {
            setRestoring(null);
            setProgress(null);
            // Everyone was signed out by the restore: the session screen takes over.
            void refreshSession();
          }}
        />
      )}
    </Stack>
  );
}
