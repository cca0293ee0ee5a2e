import { Code, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditRecord } from '../../../../../main/audit/handlers';

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Code block style={{ maxHeight: 360, overflow: 'auto' }}>
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  );
}

/** One audit entry with the before and after the core recorded. */
export function AuditEntryModal({ entry, onClose }: { entry: AuditRecord; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('settings.audit.detailsTitle', { id: entry.id })}
      size="xl"
    >
      <Stack gap="sm">
        <Text size="sm">
          {dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss')} ·{' '}
          {entry.staffName ?? t('settings.audit.nobody')} · <Code>{entry.channel}</Code> ·{' '}
          {entry.entity}
          {entry.entityId !== null && ` #${entry.entityId}`} · {entry.action}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Json label={t('settings.audit.before')} value={entry.before} />
          <Json label={t('settings.audit.after')} value={entry.after} />
        </SimpleGrid>
      </Stack>
    </Modal>
  );
}
