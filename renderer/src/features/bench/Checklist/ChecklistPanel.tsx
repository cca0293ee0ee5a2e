import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistLine } from '../../../../../main/bench/checklist';
import type { RepairLog } from '../../../../../main/bench/repairLog';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { localDateTime } from '../../../format/dateTime';
import { wordsOf } from '../benchFormat';
import type { ActResult } from '../useBenchTicket';

const RESULT_COLORS = { pass: 'teal', fail: 'red' } as const;

function Item({
  item,
  canRecord,
  record,
}: {
  item: ChecklistLine;
  canRecord: boolean;
  record: (item: ChecklistLine, result: 'pass' | 'fail', note: string) => Promise<string | null>;
}) {
  const { t, i18n } = useTranslation();
  const [failing, setFailing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(result: 'pass' | 'fail') {
    // Policy 3.3: a failed test says what failed, for the repair that follows.
    if (result === 'fail' && !note.trim()) {
      setError(t('bench.checklist.failNeedsNote'));
      return;
    }
    setBusy(true);
    const refused = await record(item, result, note.trim());
    setBusy(false);
    setError(refused);
    if (refused === null) {
      setFailing(false);
      setNote('');
    }
  }

  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      data-testid={`bench-check-item-${item.code}`}
      data-result={item.result ?? 'untested'}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {wordsOf(item, i18n.language)}
          </Text>
          <Text size="xs" c="dimmed">
            <Text span ff="monospace" size="xs">
              {item.code}
            </Text>
            {item.by && ` · ${item.by.name} · ${localDateTime(item.at)}`}
          </Text>
          {item.note && (
            <Text size="xs" c={item.result === 'fail' ? 'red.7' : undefined}>
              {item.note}
            </Text>
          )}
        </Stack>
        <Group gap={6} wrap="nowrap">
          <Badge
            variant={item.result ? 'filled' : 'outline'}
            color={item.result ? RESULT_COLORS[item.result] : 'gray'}
            data-testid="bench-check-result"
          >
            {t(`bench.checklist.result.${item.result ?? 'untested'}`)}
          </Badge>
          {canRecord && (
            <>
              <Button
                size="compact-sm"
                variant="light"
                color="teal"
                leftSection={<IconCheck size={14} />}
                loading={busy && !failing}
                onClick={() => void send('pass')}
                data-testid="bench-check-pass"
              >
                {t('bench.checklist.pass')}
              </Button>
              <Button
                size="compact-sm"
                variant={failing ? 'filled' : 'light'}
                color="red"
                leftSection={<IconX size={14} />}
                onClick={() => (failing ? void send('fail') : setFailing(true))}
                loading={busy && failing}
                data-testid="bench-check-fail"
              >
                {t('bench.checklist.fail')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {canRecord && failing && (
        <TextInput
          mt={6}
          size="xs"
          label={t('bench.checklist.failNote')}
          withAsterisk
          data-autofocus
          autoFocus
          value={note}
          error={error}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void send('fail');
            if (e.key === 'Escape') setFailing(false);
          }}
          data-testid="bench-check-note"
        />
      )}
      {error && !failing && (
        <Text size="xs" c="red" mt={4}>
          {error}
        </Text>
      )}
    </Paper>
  );
}

/**
 * The test and inspection checklist of the unit's product type (測試檢查表, policy 3.3): after
 * the repair every item is tested, pass or fail (a fail says what failed); "ready for pickup"
 * waits until every item passed in this round of testing, and this panel says which do not.
 */
export function ChecklistPanel({
  log,
  act,
}: {
  log: RepairLog;
  act: (send: () => Promise<RepairLog>) => Promise<ActResult>;
}) {
  const { t, i18n } = useTranslation();
  const { checklist } = log;
  const testing = log.status === 'testing';
  // As checklist/record refuses it: the ticket's technician (or a supervisor), while in testing.
  const canRecord = log.actions.recordCheck.allowed;
  const label = (code: string) => {
    const item = checklist.items.find((i) => i.code === code);
    return item ? wordsOf(item, i18n.language) : code;
  };

  /** Records one result; answers the message to show under the item, or null when saved. */
  async function record(item: ChecklistLine, result: 'pass' | 'fail', note: string) {
    try {
      await act(() =>
        invoke('checklist/record', {
          ticketId: log.ticketId,
          itemId: item.id,
          result,
          ...(note && { note }),
          // The result this station saw: one recorded meanwhile elsewhere is not overwritten.
          seenCheckId: item.checkId,
        }),
      );
      return null;
    } catch (e) {
      const shown: { message: string | null } = { message: null };
      showErrorOnForm(
        {
          getValues: () => ({ note }),
          setErrors: (errors) => {
            shown.message = String(Object.values(errors)[0] ?? '');
          },
        },
        e,
      );
      return shown.message;
    }
  }

  return (
    <Stack gap="xs" data-testid="bench-checklist" data-passed={checklist.passed}>
      <Group gap="xs">
        <Title order={5}>{t('bench.checklist.title')}</Title>
        <Badge size="sm" variant="default" tt="none">
          {t(`bench.checklist.source.${checklist.source}`)}
        </Badge>
      </Group>
      {!testing && (
        <Text size="sm" c="dimmed" data-testid="bench-checklist-not-testing">
          {t('bench.checklist.notTesting')}
        </Text>
      )}
      {testing && checklist.passed ? (
        <Alert color="teal" variant="light" p="xs" data-testid="bench-checklist-passed">
          {t('bench.checklist.passed')}
        </Alert>
      ) : (
        testing && (
          <Alert color="orange" variant="light" p="xs" data-testid="bench-checklist-blocked">
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {t('bench.checklist.blocked')}
              </Text>
              {checklist.failing.length > 0 && (
                <Text size="sm">
                  {t('bench.checklist.failing', { items: checklist.failing.map(label).join(', ') })}
                </Text>
              )}
              {checklist.missing.length > 0 && (
                <Text size="sm">
                  {t('bench.checklist.missing', { items: checklist.missing.map(label).join(', ') })}
                </Text>
              )}
            </Stack>
          </Alert>
        )
      )}
      {checklist.items.map((item) => (
        <Item key={item.id} item={item} canRecord={canRecord} record={record} />
      ))}
    </Stack>
  );
}
