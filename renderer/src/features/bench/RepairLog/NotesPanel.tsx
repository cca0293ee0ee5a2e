import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteKind, RepairLog } from '../../../../../main/bench/repairLog';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { localDateTime } from '../../../format/dateTime';
import type { ActResult } from '../useBenchTicket';

/**
 * What the technician found and did, in their words (policy 3.3): diagnosis notes and work
 * notes, append-only (a correction is a new note), each with who wrote it and when.
 */
export function NotesPanel({
  log,
  canWrite,
  act,
}: {
  log: RepairLog;
  canWrite: boolean;
  act: (send: () => Promise<RepairLog>) => Promise<ActResult>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<NoteKind>('diagnosis');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function add() {
    if (!text.trim()) {
      setError(t('bench.notes.empty'));
      return;
    }
    setBusy(true);
    try {
      await act(() => invoke('repairLog/addNote', { ticketId: log.ticketId, kind, text }));
      setText('');
    } catch (e) {
      showErrorOnForm(
        {
          getValues: () => ({ text }),
          setErrors: (errors) => setError(String(Object.values(errors)[0] ?? '')),
        },
        e,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs" data-testid="bench-notes">
      <Title order={5}>{t('bench.notes.title')}</Title>
      {log.notes.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="bench-notes-empty">
          {t('bench.notes.none')}
        </Text>
      )}
      {log.notes.map((n) => (
        <Paper key={n.id} withBorder p="xs" radius="sm" data-testid={`bench-note-${n.id}`}>
          <Group gap="xs" justify="space-between">
            <Badge size="xs" variant="light" color={n.kind === 'diagnosis' ? 'blue' : 'gray'}>
              {t(`bench.notes.kind.${n.kind}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {n.by.name} · {localDateTime(n.at)}
            </Text>
          </Group>
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {n.text}
          </Text>
        </Paper>
      ))}
      {canWrite && (
        <Stack gap={6}>
          <SegmentedControl
            size="xs"
            value={kind}
            onChange={(v) => setKind(v as NoteKind)}
            data={[
              { value: 'diagnosis', label: t('bench.notes.kind.diagnosis') },
              { value: 'note', label: t('bench.notes.kind.note') },
            ]}
            style={{ alignSelf: 'flex-start' }}
            data-testid="bench-note-kind"
          />
          <Textarea
            aria-label={t('bench.notes.add')}
            placeholder={t('bench.notes.placeholder')}
            autosize
            minRows={2}
            maxRows={8}
            value={text}
            error={error}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void add();
              }
            }}
            data-testid="bench-note-text"
          />
          <Group justify="flex-end">
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              loading={busy}
              onClick={() => void add()}
              data-testid="bench-note-add"
            >
              {t('bench.notes.add')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
