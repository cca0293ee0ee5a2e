import {
  ActionIcon,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FaultKind } from '../../../../../main/bench/faultCodes';
import type { CodeWords, RepairLog } from '../../../../../main/bench/repairLog';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifyError } from '../../../errors/notifyError';
import { wordsOf } from '../benchFormat';
import type { ActResult } from '../useBenchTicket';
import { useFaultCodes } from './useFaultCodes';

/** The three code lists of a fault, in the order they are read (main/bench/faultCodes.ts). */
const FAULT_KINDS: readonly FaultKind[] = ['symptom', 'cause', 'measure'];

type Picked = Record<FaultKind, string | null>;
const NONE: Picked = { symptom: null, cause: null, measure: null };

function Code({ words, language }: { words: CodeWords; language: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{wordsOf(words, language)}</Text>
      <Text ff="monospace" size="xs" c="dimmed">
        {words.code}
      </Text>
    </Stack>
  );
}

/**
 * The faults found, coded (issue 5 item 3; policy 6): each a symptom, its cause and the measure
 * taken (故障現象 / 原因 / 處理措施) from the depot's bilingual code lists, so faults can be
 * counted across tickets later. A fault recorded by mistake is removed, and stays on record.
 */
export function FaultsPanel({
  log,
  canWrite,
  act,
}: {
  log: RepairLog;
  canWrite: boolean;
  act: (send: () => Promise<RepairLog>) => Promise<ActResult>;
}) {
  const { t, i18n } = useTranslation();
  const codes = useFaultCodes();
  const [picked, setPicked] = useState<Picked>(NONE);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FaultKind | 'note', string>>>({});
  const [busy, setBusy] = useState(false);

  async function add() {
    const missing = FAULT_KINDS.filter((k) => picked[k] === null);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((k) => [k, t('validation.required')])));
      return;
    }
    setBusy(true);
    try {
      await act(() =>
        invoke('repairLog/addFault', {
          ticketId: log.ticketId,
          symptom: picked.symptom ?? '',
          cause: picked.cause ?? '',
          measure: picked.measure ?? '',
          ...(note.trim() && { note: note.trim() }),
        }),
      );
      setPicked(NONE);
      setNote('');
    } catch (e) {
      showErrorOnForm({ getValues: () => ({ ...picked, note }), setErrors }, e);
    } finally {
      setBusy(false);
    }
  }

  async function remove(faultId: number) {
    try {
      await act(() => invoke('repairLog/removeFault', { ticketId: log.ticketId, faultId }));
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <Stack gap="xs" data-testid="bench-faults">
      <Title order={5}>{t('bench.faults.title')}</Title>
      {log.faults.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="bench-faults-empty">
          {t('bench.faults.none')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bench.faults.symptom')}</Table.Th>
              <Table.Th>{t('bench.faults.cause')}</Table.Th>
              <Table.Th>{t('bench.faults.measure')}</Table.Th>
              <Table.Th>{t('bench.faults.note')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.faults.map((f) => (
              <Table.Tr key={f.id} data-testid={`bench-fault-${f.id}`}>
                <Table.Td>
                  <Code words={f.symptom} language={i18n.language} />
                </Table.Td>
                <Table.Td>
                  <Code words={f.cause} language={i18n.language} />
                </Table.Td>
                <Table.Td>
                  <Code words={f.measure} language={i18n.language} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{f.note}</Text>
                  <Text size="xs" c="dimmed">
                    {f.by.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {canWrite && (
                    <Tooltip label={t('bench.faults.remove')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('bench.faults.remove')}
                        onClick={() => void remove(f.id)}
                        data-testid={`bench-fault-remove-${f.id}`}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canWrite && (
        <Group
          gap="xs"
          align="flex-start"
          grow
          preventGrowOverflow={false}
          data-testid="bench-fault-form"
        >
          {FAULT_KINDS.map((kind) => (
            <Select
              key={kind}
              size="xs"
              label={t(`bench.faults.${kind}`)}
              searchable
              value={picked[kind]}
              error={errors[kind]}
              onChange={(v) => {
                setPicked((old) => ({ ...old, [kind]: v }));
                setErrors((old) => ({ ...old, [kind]: undefined }));
              }}
              data={codes
                .filter((c) => c.kind === kind)
                .map((c) => ({ value: c.code, label: `${c.code} · ${wordsOf(c, i18n.language)}` }))}
              data-testid={`bench-fault-${kind}`}
            />
          ))}
          <TextInput
            size="xs"
            label={t('bench.faults.note')}
            value={note}
            error={errors.note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-testid="bench-fault-note"
          />
          <Button
            size="xs"
            mt={22}
            style={{ flexGrow: 0 }}
            leftSection={<IconPlus size={14} />}
            loading={busy}
            onClick={() => void add()}
            data-testid="bench-fault-add"
          >
            {t('bench.faults.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
