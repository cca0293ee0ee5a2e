import { Alert, Badge, Button, Group, List, Paper, Stack, Table, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyCheck, VerifyProblem } from '../../../../../main/verify/report';
import type { VerificationState } from '../../../../../main/verify/verification';
import { invoke, onCoreEvent } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

/**
 * "Verify records" (issue 9): the depot proves its records are whole (the database file, the
 * audit trail's hash chain, stock = ledger, gapless report numbers, every archived file). Shows
 * the latest result (the check at start, after a restore, or the last one asked for) and runs
 * a new one on request. The checks are the core's; this screen only words their findings.
 */
export function VerifyRecords() {
  const { t } = useTranslation();
  const [state, setState] = useState<VerificationState>({ status: 'none' });
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => {
    invoke('depot/verification', {}).then(setState).catch(notifyError);
  }, []);
  useEffect(() => refresh(), [refresh]);
  useEffect(
    () =>
      onCoreEvent('core/progress', (p) => {
        if (p.task === 'verify') setProgress({ done: p.done, total: p.total });
      }),
    [],
  );

  const run = () => {
    setBusy(true);
    setProgress(null);
    invoke('depot/verify', {})
      .then(refresh)
      .catch(notifyError)
      .finally(() => setBusy(false));
  };

  const problemText = (p: VerifyProblem) =>
    t(`settings.verify.problems.${p.kind}`, {
      ...p.params,
      record:
        p.params.record === 'document' || p.params.record === 'attachment'
          ? t(`settings.verify.records.${p.params.record}`)
          : '',
    });

  return (
    <Paper withBorder radius="md" p="md" data-testid="verify-records">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600}>{t('settings.verify.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('settings.verify.intro')}
            </Text>
          </div>
          <Button
            leftSection={<IconShieldCheck size={16} />}
            onClick={run}
            loading={busy}
            data-testid="verify-run"
          >
            {t('settings.verify.run')}
          </Button>
        </Group>
        {(busy || state.status === 'running') && progress && (
          <Text size="sm" c="dimmed" data-testid="verify-progress">
            {t('settings.verify.running', progress)}
          </Text>
        )}
        {state.status === 'none' && (
          <Text size="sm" c="dimmed">
            {t('settings.verify.none')}
          </Text>
        )}
        {state.status === 'failed' && (
          <Alert color="red">{t('settings.verify.couldNotRun', { message: state.message })}</Alert>
        )}
        {state.status === 'done' && (
          <>
            <Alert
              color={state.report.ok ? 'green' : 'red'}
              title={t(state.report.ok ? 'settings.verify.ok' : 'settings.verify.failed')}
              data-testid="verify-result"
              data-ok={state.report.ok}
            >
              {t('settings.verify.lastRun', {
                when: dayjs(state.report.startedAt).format('YYYY-MM-DD HH:mm:ss'),
                trigger: t(`settings.verify.triggers.${state.trigger}`),
                seconds: (state.report.durationMs / 1000).toFixed(1),
              })}
            </Alert>
            <Table verticalSpacing={4} fz="sm">
              <Table.Tbody>
                {state.report.checks.map((check) => (
                  <CheckRow key={check.name} check={check} problemText={problemText} />
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function CheckRow({
  check,
  problemText,
}: {
  check: VerifyCheck;
  problemText: (p: VerifyProblem) => string;
}) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid={`verify-check-${check.name}`}>
      <Table.Td w={110} style={{ verticalAlign: 'top' }}>
        <Badge color={check.ok ? 'green' : 'red'} variant="light">
          {t(check.ok ? 'settings.verify.passed' : 'settings.verify.problem')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`settings.verify.checks.${check.name}`)}</Text>
        <Text size="xs" c="dimmed">
          {check.skipped
            ? t('settings.verify.skipped')
            : t('settings.verify.checked', { count: check.checked })}
        </Text>
        {check.problems.length > 0 && (
          <List size="sm" mt={4}>
            {check.problems.map((p, i) => (
              <List.Item key={i}>{problemText(p)}</List.Item>
            ))}
            {check.more > 0 && (
              <List.Item>{t('settings.verify.more', { count: check.more })}</List.Item>
            )}
          </List>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
