import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '../../../../../main/improvement/problemHandlers';
import type { ProblemKind } from '../../../../../main/improvement/problemRepo';
import { invoke } from '../../../bridge';
import { coreKey, useCoreQuery } from '../../../data';
import { notifyError, notifySuccess } from '../../../errors/notifyError';
import { refusalText } from '../../../i18n/reasons';
import { RefusedStep } from '../../../errors/RefusedStep';
import { useTicketDrawer } from '../../intake/ticketDrawer';
import { ActionItems } from './ActionItems';
import { EffectivenessPanel } from './EffectivenessPanel';
import { ProblemStatusBadge } from './ProblemStatusBadge';

type StatusStep = 'start' | 'markDone' | 'reopen' | 'cancel';
const STEPS: StatusStep[] = ['start', 'markDone', 'reopen', 'cancel'];
const TARGET = {
  start: 'in_progress',
  markDone: 'done',
  reopen: 'in_progress',
  cancel: 'cancelled',
} as const;
const KINDS: readonly ProblemKind[] = ['corrective', 'preventive'];

/**
 * One problem (改進措施, policy 6): its links, root cause, action items and effect. Which steps
 * are open, and why the others are not, comes from the core with the problem (`actions`). Read
 * again when the problem or its action items change at any workstation; a root cause or kind
 * being typed here stays as typed (the fields follow the core only while untouched).
 */
export function ProblemDetailPane({ id }: { id: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const openTicket = useTicketDrawer((s) => s.open);
  const p =
    useCoreQuery(
      'improvement/get',
      { problemId: id },
      { entities: [{ entity: 'problem', id }, 'problem_action', 'staff'] },
    ).data ?? null;
  const [seeded, setSeeded] = useState<ProblemDetail | null>(null);
  const [rootCause, setRootCause] = useState('');
  const [kind, setKind] = useState<ProblemKind>('corrective');
  const [cancelReason, setCancelReason] = useState('');
  const [busy, setBusy] = useState<StatusStep | 'save' | null>(null);
  const sending = useRef(false);

  // A new answer (a save here, or a change elsewhere) refills the fields nobody is editing.
  if (p && p !== seeded) {
    setSeeded(p);
    if (!seeded || (rootCause === (seeded.rootCause ?? '') && kind === seeded.kind)) {
      setRootCause(p.rootCause ?? '');
      setKind(p.kind);
    }
  }

  if (!p) {
    return (
      <Center h={200} data-testid="problem-loading">
        <Loader size="sm" />
      </Center>
    );
  }
  const problem = p;

  function changed(next: ProblemDetail, message: string) {
    // The answer is the problem as it now stands: its fields take the saved values.
    setRootCause(next.rootCause ?? '');
    setKind(next.kind);
    setSeeded(next);
    client.setQueryData(coreKey('improvement/get', { problemId: id }), next);
    notifySuccess(message);
  }

  async function update(step: StatusStep | 'save') {
    if (sending.current) return;
    sending.current = true;
    setBusy(step);
    try {
      const base = { problemId: problem.id, version: problem.version };
      const next = await invoke(
        'improvement/update',
        step === 'save'
          ? { ...base, rootCause: rootCause.trim() || null, kind }
          : {
              ...base,
              status: TARGET[step],
              ...(step === 'cancel' && { cancelReason: cancelReason.trim() }),
            },
      );
      changed(next, t('manage.actions.saved', { number: next.number }));
    } catch (error) {
      notifyError(error);
    } finally {
      sending.current = false;
      setBusy(null);
    }
  }

  // A step the core refuses says why, in the reader's language (the core's message as fallback);
  // only to whoever may change the problem at all.
  const refused = problem.actions.edit.allowed
    ? STEPS.flatMap((s) => {
        const r = problem.actions[s].refusal;
        return r ? [{ step: s, reason: r.reason, text: refusalText(r) }] : [];
      })
    : [];

  return (
    <Stack gap="md" data-testid="problem-detail" data-status={problem.status} data-id={problem.id}>
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Group gap="xs">
            <Title order={3} ff="monospace">
              {problem.number}
            </Title>
            <ProblemStatusBadge status={problem.status} />
            {problem.overdue && <Badge color="red">{t('manage.actions.overdue')}</Badge>}
          </Group>
          <Text fw={500}>{problem.title}</Text>
          {problem.description && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {problem.description}
            </Text>
          )}
          <Text size="sm" c="dimmed" data-testid="problem-links">
            {t(`manage.actions.source.${problem.source}`)} · {t('manage.actions.fields.owner')}:{' '}
            {problem.owner.displayName}
            {problem.faultCodes.length > 0 &&
              ` · ${t('manage.actions.fields.faultCodes')}: ${problem.faultCodes.join(', ')}`}
            {problem.models.length > 0 &&
              ` · ${t('manage.actions.fields.models')}: ${problem.models.map((m) => m.code).join(', ')}`}
            {problem.complaintId !== null &&
              ` · ${t('manage.actions.fields.complaint')} #${problem.complaintId}`}
          </Text>
          {problem.tickets.length > 0 && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('manage.actions.fields.tickets')}:
              </Text>
              {problem.tickets.map((tk) => (
                <Anchor
                  key={tk.id}
                  component="button"
                  type="button"
                  size="sm"
                  ff="monospace"
                  onClick={() => openTicket(tk.id)}
                >
                  {tk.reportNo}
                </Anchor>
              ))}
            </Group>
          )}
          {problem.cancelReason && (
            <Text size="sm">
              {t('manage.actions.fields.cancelReason')}: {problem.cancelReason}
            </Text>
          )}
          {problem.actions.edit.allowed ? (
            <Stack gap="xs">
              <Textarea
                label={t('manage.actions.fields.rootCause')}
                autosize
                minRows={2}
                maxLength={2000}
                value={rootCause}
                onChange={(e) => setRootCause(e.currentTarget.value)}
                data-testid="problem-root-cause"
              />
              <Group align="flex-end" gap="xs">
                <Select
                  label={t('manage.actions.fields.kind')}
                  allowDeselect={false}
                  value={kind}
                  onChange={(v) => v && setKind(v as ProblemKind)}
                  data={KINDS.map((k) => ({ value: k, label: t(`manage.actions.kind.${k}`) }))}
                  data-testid="problem-kind-edit"
                />
                <Button
                  variant="light"
                  loading={busy === 'save'}
                  onClick={() => void update('save')}
                  data-testid="problem-save"
                >
                  {t('manage.actions.save')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Text size="sm" data-testid="problem-root-cause-text">
              {t('manage.actions.fields.rootCause')}:{' '}
              {problem.rootCause ?? t('manage.actions.noRootCause')} ·{' '}
              {t(`manage.actions.kind.${problem.kind}`)}
            </Text>
          )}
        </Stack>
      </Paper>

      {problem.actions.edit.allowed && (
        <Stack gap={6}>
          <Group gap="xs" align="flex-end">
            {STEPS.map((s) => (
              <Button
                key={s}
                variant="light"
                color={s === 'cancel' ? 'red' : undefined}
                disabled={!problem.actions[s].allowed || (s === 'cancel' && !cancelReason.trim())}
                loading={busy === s}
                onClick={() => void update(s)}
                data-testid={`problem-step-${s}`}
              >
                {t(`manage.actions.steps.${s}`)}
              </Button>
            ))}
            {problem.actions.cancel.allowed && (
              <TextInput
                size="sm"
                placeholder={t('manage.actions.fields.cancelReason')}
                maxLength={500}
                value={cancelReason}
                onChange={(e) => setCancelReason(e.currentTarget.value)}
                data-testid="problem-cancel-reason"
              />
            )}
          </Group>
          {refused.map(({ step, reason, text }) => (
            <RefusedStep
              key={step}
              testId={`problem-refused-${step}`}
              reason={reason}
              text={t('manage.actions.notAllowed', {
                action: t(`manage.actions.steps.${step}`),
                reason: text,
              })}
            />
          ))}
        </Stack>
      )}

      <ActionItems problem={problem} onChanged={changed} />
      <EffectivenessPanel problem={problem} onChanged={changed} />
    </Stack>
  );
}
