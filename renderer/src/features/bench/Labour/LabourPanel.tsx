import {
  Badge,
  Button,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepairLog } from '../../../../../main/bench/repairLog';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { localDateTime } from '../../../format/dateTime';
import { formatMinutes } from '../benchFormat';
import type { ActResult } from '../useBenchTicket';

/** One entry holds at most 12 hours (main/bench/labour.ts): longer work is several entries. */
const MAX_ENTRY_MINUTES = 720;

type Errors = { minutes?: string; note?: string };

/**
 * Labour on the ticket (工時, issue 5 items 3-4): every entry, timed or typed, with who worked
 * and when; minutes typed by hand for work the timer did not see. Only recorded minutes count
 * towards the cost (policy 3.5).
 */
export function LabourPanel({
  log,
  canWrite,
  act,
}: {
  log: RepairLog;
  canWrite: boolean;
  act: (send: () => Promise<RepairLog>) => Promise<ActResult>;
}) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState<number | string>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  async function add() {
    const m = typeof minutes === 'number' ? minutes : Number(minutes);
    if (minutes === '' || !Number.isInteger(m) || m < 1 || m > MAX_ENTRY_MINUTES) {
      setErrors({ minutes: t('bench.labour.range', { max: MAX_ENTRY_MINUTES }) });
      return;
    }
    setBusy(true);
    try {
      await act(() =>
        invoke('labour/add', {
          ticketId: log.ticketId,
          minutes: m,
          ...(note.trim() && { note: note.trim() }),
        }),
      );
      setMinutes('');
      setNote('');
      setErrors({});
    } catch (e) {
      showErrorOnForm({ getValues: () => ({ minutes, note }), setErrors }, e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs" data-testid="bench-labour">
      <Title order={5}>{t('bench.labour.title')}</Title>
      {log.labour.entries.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="bench-labour-empty">
          {t('bench.labour.none')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} striped data-testid="bench-labour-entries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bench.labour.who')}</Table.Th>
              <Table.Th>{t('bench.labour.when')}</Table.Th>
              <Table.Th>{t('bench.labour.how')}</Table.Th>
              <Table.Th ta="right">{t('bench.labour.minutes')}</Table.Th>
              <Table.Th>{t('bench.labour.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.labour.entries.map((e) => (
              <Table.Tr key={e.id} data-testid={`bench-labour-entry-${e.id}`}>
                <Table.Td>{e.staff.name}</Table.Td>
                <Table.Td>{localDateTime(e.startedAt ?? e.createdAt)}</Table.Td>
                <Table.Td>
                  <Badge size="xs" variant="light" color={e.source === 'timer' ? 'blue' : 'gray'}>
                    {t(`bench.labour.source.${e.source}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {e.minutes === null ? (
                    <Text span size="sm" c="red.7">
                      {t('bench.labour.running')}
                    </Text>
                  ) : (
                    formatMinutes(e.minutes, t)
                  )}
                </Table.Td>
                <Table.Td>{e.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canWrite && (
        <Group gap="xs" align="flex-start" data-testid="bench-labour-form">
          <NumberInput
            size="xs"
            w={150}
            label={t('bench.labour.manual')}
            description={t('bench.labour.manualHint', { max: MAX_ENTRY_MINUTES })}
            min={1}
            max={MAX_ENTRY_MINUTES}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            value={minutes}
            error={errors.minutes}
            onChange={(v) => {
              setMinutes(v);
              setErrors({});
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void add();
            }}
            data-testid="bench-labour-minutes"
          />
          <TextInput
            size="xs"
            flex={1}
            label={t('bench.labour.note')}
            description={t('bench.labour.noteHint')}
            value={note}
            error={errors.note}
            onChange={(e) => setNote(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void add();
            }}
            data-testid="bench-labour-note"
          />
          <Button
            size="xs"
            mt={42}
            leftSection={<IconPlus size={14} />}
            loading={busy}
            onClick={() => void add()}
            data-testid="bench-labour-add"
          >
            {t('bench.labour.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
