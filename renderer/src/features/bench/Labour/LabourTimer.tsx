import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepairLog } from '../../../../../main/bench/repairLog';
import { asClientError, invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { formatElapsed, formatMinutes } from '../benchFormat';
import type { ActResult } from '../useBenchTicket';

/** The clock a running timer is shown against, ticking once a second while it runs. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [running]);
  return now;
}

/**
 * The technician's own labour timer on this ticket (工時, issue 5 items 3-4): start when work
 * starts, stop when it stops; the core rounds up to whole minutes. A timer that ran longer than
 * one entry may hold (12 hours: probably left running) is stopped with the minutes actually
 * worked, which the core asks for.
 */
export function LabourTimer({
  log,
  canWrite,
  act,
}: {
  log: RepairLog;
  canWrite: boolean;
  act: (send: () => Promise<RepairLog>) => Promise<ActResult>;
}) {
  const { t } = useTranslation();
  const running = log.labour.running;
  const now = useNow(running !== null);
  const [busy, setBusy] = useState(false);
  /** Set when the core wants the minutes actually worked (and says how long the timer ran). */
  const [askMinutes, setAskMinutes] = useState<{ message: string } | null>(null);
  const [minutes, setMinutes] = useState<number | string>('');

  async function send(call: () => Promise<RepairLog>) {
    setBusy(true);
    try {
      await act(call);
      setAskMinutes(null);
      setMinutes('');
    } catch (error) {
      const e = asClientError(error);
      if (e.code === 'RULE' && e.detailString('field') === 'minutes') {
        setAskMinutes({ message: e.message.replace(/^minutes: /, '') });
      } else notifyError(e);
    } finally {
      setBusy(false);
    }
  }

  const stopWith = (m?: number) =>
    send(() =>
      invoke('labour/stop', { ticketId: log.ticketId, ...(m !== undefined && { minutes: m }) }),
    );

  return (
    <Stack gap={4} data-testid="bench-timer" data-running={running !== null || undefined}>
      <Group gap="sm" wrap="nowrap">
        {running ? (
          <>
            <Text
              ff="monospace"
              fw={600}
              fz="lg"
              c="red.7"
              aria-live="off"
              data-testid="bench-timer-elapsed"
            >
              {formatElapsed(now - new Date(running.startedAt ?? now).getTime())}
            </Text>
            <Button
              size="xs"
              color="red"
              leftSection={<IconPlayerStop size={14} />}
              loading={busy}
              onClick={() => void stopWith()}
              data-testid="bench-timer-stop"
            >
              {t('bench.labour.stop')}
            </Button>
          </>
        ) : (
          canWrite && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlayerPlay size={14} />}
              loading={busy}
              onClick={() => void send(() => invoke('labour/start', { ticketId: log.ticketId }))}
              data-testid="bench-timer-start"
            >
              {t('bench.labour.start')}
            </Button>
          )
        )}
        <Text size="sm" c="dimmed" data-testid="bench-labour-total">
          {t('bench.labour.total', { time: formatMinutes(log.labour.totalMinutes, t) })}
        </Text>
      </Group>
      {askMinutes && running && (
        <Group gap="xs" align="flex-end" data-testid="bench-timer-ask">
          <NumberInput
            size="xs"
            w={160}
            label={t('bench.labour.workedMinutes')}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            value={minutes}
            onChange={setMinutes}
            error={askMinutes.message}
            data-testid="bench-timer-minutes"
          />
          <Button
            size="xs"
            color="red"
            loading={busy}
            onClick={() => typeof minutes === 'number' && void stopWith(minutes)}
            data-testid="bench-timer-stop-with"
          >
            {t('bench.labour.stopWith')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
