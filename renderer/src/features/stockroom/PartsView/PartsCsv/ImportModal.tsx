import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  Progress,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatQty } from '../../partsFormat';
import { ChangesTable, RejectedTable } from './ImportTables';
import type { Applied, ImportStage } from './useCsvImport';

function Count({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: number;
  color?: string;
  testId: string;
}) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={700} c={color} data-testid={testId}>
        {formatQty(value)}
      </Text>
    </Stack>
  );
}

function AppliedCounts({ applied }: { applied: Applied }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={4}>
      <Count
        label={t('stockroom.parts.csv.created')}
        value={applied.created}
        color="teal"
        testId="import-created"
      />
      <Count
        label={t('stockroom.parts.csv.updated')}
        value={applied.updated}
        color="blue"
        testId="import-updated"
      />
      <Count
        label={t('stockroom.parts.csv.unchanged')}
        value={applied.unchanged}
        testId="import-unchanged"
      />
      <Count
        label={t('stockroom.parts.csv.skipped')}
        value={applied.rejected.length}
        color={applied.rejected.length > 0 ? 'red' : undefined}
        testId="import-skipped"
      />
    </SimpleGrid>
  );
}

/**
 * The import as it goes: the preview (nothing changed yet) to confirm, the progress of the
 * slices, and what happened. It cannot be closed while slices are being applied.
 */
export function ImportModal({
  stage,
  onConfirm,
  onResume,
  onPreviewAgain,
  onClose,
}: {
  stage: ImportStage;
  onConfirm: () => void;
  onResume: () => void;
  onPreviewAgain: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const applying = stage.kind === 'applying';
  const title =
    stage.kind === 'idle' ? '' : t('stockroom.parts.csv.title', { file: stage.fileName });
  return (
    <Modal
      opened={stage.kind !== 'idle'}
      onClose={onClose}
      title={title}
      size="xl"
      closeOnClickOutside={!applying}
      closeOnEscape={!applying}
      withCloseButton={!applying}
    >
      <Stack gap="sm" data-testid="import-modal" data-stage={stage.kind}>
        {stage.kind === 'previewing' && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('stockroom.parts.csv.checking')}</Text>
          </Group>
        )}
        {stage.kind === 'refused' && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="import-refused">
            {stage.message}
          </Alert>
        )}
        {stage.kind === 'preview' && (
          <>
            <Text size="sm" c="dimmed">
              {t('stockroom.parts.csv.previewBody', { total: formatQty(stage.preview.total) })}
            </Text>
            <SimpleGrid cols={4}>
              <Count
                label={t('stockroom.parts.csv.toCreate')}
                value={stage.preview.create}
                color="teal"
                testId="import-count-create"
              />
              <Count
                label={t('stockroom.parts.csv.toUpdate')}
                value={stage.preview.update}
                color="blue"
                testId="import-count-update"
              />
              <Count
                label={t('stockroom.parts.csv.unchanged')}
                value={stage.preview.unchanged}
                testId="import-count-unchanged"
              />
              <Count
                label={t('stockroom.parts.csv.rejected')}
                value={stage.preview.rejectedCount}
                color={stage.preview.rejectedCount > 0 ? 'red' : undefined}
                testId="import-count-rejected"
              />
            </SimpleGrid>
            {stage.preview.unknownColumns.length > 0 && (
              <Alert color="yellow" p="xs" data-testid="import-unknown-columns">
                {t('stockroom.parts.csv.unknownColumns', {
                  columns: stage.preview.unknownColumns.join(', '),
                })}
              </Alert>
            )}
            {stage.preview.changes.length > 0 && (
              <ChangesTable changes={stage.preview.changes} total={stage.preview.changeCount} />
            )}
            {stage.preview.rejected.length > 0 && (
              <RejectedTable rows={stage.preview.rejected} total={stage.preview.rejectedCount} />
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                onClick={onConfirm}
                disabled={stage.preview.create + stage.preview.update === 0}
                data-testid="import-confirm"
              >
                {t('stockroom.parts.csv.confirm', {
                  count: stage.preview.create + stage.preview.update,
                })}
              </Button>
            </Group>
          </>
        )}
        {(stage.kind === 'applying' || stage.kind === 'stopped' || stage.kind === 'done') && (
          <>
            <Progress
              size="lg"
              animated={stage.kind === 'applying'}
              color={stage.kind === 'stopped' ? 'red' : stage.kind === 'done' ? 'teal' : undefined}
              value={
                stage.preview.valid === 0 ? 100 : (stage.applied.from / stage.preview.valid) * 100
              }
              data-testid="import-progress"
            />
            <Text size="sm" data-testid="import-progress-text">
              {t('stockroom.parts.csv.progress', {
                done: formatQty(stage.applied.from),
                total: formatQty(stage.preview.valid),
              })}
            </Text>
            <AppliedCounts applied={stage.applied} />
            {stage.applied.rejected.length > 0 && (
              <RejectedTable rows={stage.applied.rejected} total={stage.applied.rejected.length} />
            )}
          </>
        )}
        {stage.kind === 'stopped' && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="import-stopped">
            <Stack gap={6}>
              <Text size="sm">{stage.message}</Text>
              <Text size="sm">
                {stage.stale
                  ? t('stockroom.parts.csv.stale')
                  : t('stockroom.parts.csv.stoppedBody')}
              </Text>
              <Group gap="xs">
                {stage.stale ? (
                  <Button size="xs" onClick={onPreviewAgain} data-testid="import-preview-again">
                    {t('stockroom.parts.csv.previewAgain')}
                  </Button>
                ) : (
                  <Button size="xs" onClick={onResume} data-testid="import-resume">
                    {t('stockroom.parts.csv.resume')}
                  </Button>
                )}
              </Group>
            </Stack>
          </Alert>
        )}
        {stage.kind === 'done' && (
          <Alert color="teal" data-testid="import-done">
            {t('stockroom.parts.csv.done')}
          </Alert>
        )}
        {(stage.kind === 'refused' || stage.kind === 'done' || stage.kind === 'stopped') && (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-testid="import-close">
              {t('common.close')}
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
