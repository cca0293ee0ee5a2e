import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../../main/aftercare/complaintHandlers';
import type { ComplaintAction } from '../../../../../main/aftercare/complaints';
import { invoke } from '../../../bridge';
import { coreKey, useCoreQuery } from '../../../data';
import { notifyError, notifySuccess } from '../../../errors/notifyError';
import { localDateTime } from '../../../format/dateTime';
import { refusalText } from '../../../i18n/reasons';
import { RefusedStep } from '../../../errors/RefusedStep';
import { useTicketDrawer } from '../../intake/ticketDrawer';
import { ComplaintStatusBadge } from './ComplaintStatusBadge';
import { ResolveForm } from './ResolveForm';
import { RouteForm } from './RouteForm';

const ACTIONS: ComplaintAction[] = ['route', 'start', 'resolve', 'close'];

/**
 * One complaint (客訴, policy 3.6): what the customer said, who has it and by when, its
 * timeline, and the steps open to me. Which steps are open, and why the others are not, comes
 * from the core with the complaint (`actions`), so the screen never re-states the rule. Read
 * again when the complaint, or a person it names, changes at any workstation.
 */
export function ComplaintDetailPane({ id }: { id: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const openTicket = useTicketDrawer((s) => s.open);
  const complaint =
    useCoreQuery(
      'complaints/get',
      { complaintId: id },
      { entities: [{ entity: 'complaint', id }, 'staff'] },
    ).data ?? null;
  const [form, setForm] = useState<'route' | 'resolve' | null>(null);
  const [busy, setBusy] = useState<ComplaintAction | null>(null);
  const sending = useRef(false);

  if (!complaint) {
    return (
      <Center h={200} data-testid="complaint-loading">
        <Loader size="sm" />
      </Center>
    );
  }
  const c = complaint;

  function done(next: ComplaintDetail, action: ComplaintAction) {
    // The answer is the complaint as it now stands; the lists read again from the change event.
    client.setQueryData(coreKey('complaints/get', { complaintId: id }), next);
    setForm(null);
    notifySuccess(
      t(`manage.complaints.done.${action}`, {
        id: next.id,
        name: next.responsible?.displayName ?? '',
      }),
    );
  }

  /** Start and close need no form: sent at once, one at a time. */
  async function step(action: 'start' | 'close') {
    if (sending.current) return;
    sending.current = true;
    setBusy(action);
    try {
      const input = { complaintId: c.id, version: c.version };
      done(
        await invoke(action === 'start' ? 'complaints/start' : 'complaints/close', input),
        action,
      );
    } catch (error) {
      notifyError(error);
    } finally {
      sending.current = false;
      setBusy(null);
    }
  }

  function onAction(action: ComplaintAction) {
    if (action === 'route' || action === 'resolve') setForm(action);
    else void step(action);
  }

  // A step the core refuses says why, in the reader's language (the core's message as fallback).
  const refused = ACTIONS.flatMap((a) => {
    const r = c.actions[a].refusal;
    return r ? [{ action: a, reason: r.reason, text: refusalText(r) }] : [];
  });

  return (
    <Stack gap="md" data-testid="complaint-detail" data-status={c.status} data-id={c.id}>
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Group gap="xs">
                <Title order={3}>#{c.id}</Title>
                <ComplaintStatusBadge status={c.status} />
                {c.overdue && <Badge color="red">{t('manage.complaints.overdue')}</Badge>}
              </Group>
              <Text size="sm" c="dimmed">
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  ff="monospace"
                  onClick={() => openTicket(c.ticketId)}
                >
                  {c.reportNo}
                </Anchor>
                {' · '}
                {t('manage.complaints.recorded', { at: localDateTime(c.createdAt) })}
              </Text>
            </Stack>
            <Stack gap={2} align="flex-end">
              <Text size="sm" data-testid="complaint-responsible">
                {t('manage.complaints.responsible')}:{' '}
                <b>{c.responsible?.displayName ?? t('manage.complaints.unassigned')}</b>
              </Text>
              {c.dueDate && (
                <Text size="sm" c={c.overdue ? 'red' : undefined} data-testid="complaint-due">
                  {t('manage.complaints.dueDate')}: <b>{c.dueDate}</b>
                </Text>
              )}
            </Stack>
          </Group>
          <Text size="xs" c="dimmed" fw={500} mt={4}>
            {t('manage.complaints.description')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="complaint-description">
            {c.description}
          </Text>
          {c.resolution && (
            <>
              <Text size="xs" c="dimmed" fw={500} mt={4}>
                {t('manage.complaints.resolution')}
              </Text>
              <Text
                size="sm"
                style={{ whiteSpace: 'pre-wrap' }}
                data-testid="complaint-resolution-text"
              >
                {c.resolution}
              </Text>
            </>
          )}
          {c.rerepairTicketId !== null && (
            <Text size="sm">
              {t('manage.complaints.rerepair')}:{' '}
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => openTicket(c.rerepairTicketId!)}
                data-testid="complaint-rerepair-link"
              >
                #{c.rerepairTicketId}
              </Anchor>
            </Text>
          )}
        </Stack>
      </Paper>

      <Stack gap={6}>
        <Group gap="xs">
          {ACTIONS.map((a) => (
            <Button
              key={a}
              variant={form === a ? 'filled' : 'light'}
              disabled={!c.actions[a].allowed}
              loading={busy === a}
              onClick={() => onAction(a)}
              data-testid={`complaint-action-${a}`}
            >
              {t(`manage.complaints.actions.${a}`)}
            </Button>
          ))}
        </Group>
        {refused.map(({ action, reason, text }) => (
          <RefusedStep
            key={action}
            testId={`complaint-refused-${action}`}
            reason={reason}
            text={t('manage.complaints.notAllowed', {
              action: t(`manage.complaints.actions.${action}`),
              reason: text,
            })}
          />
        ))}
      </Stack>

      {form === 'route' && (
        <RouteForm
          complaint={c}
          onDone={(next) => done(next, 'route')}
          onCancel={() => setForm(null)}
        />
      )}
      {form === 'resolve' && (
        <ResolveForm
          complaint={c}
          onDone={(next) => done(next, 'resolve')}
          onCancel={() => setForm(null)}
        />
      )}

      <Paper withBorder radius="md" p="md">
        <Title order={5} mb="sm">
          {t('manage.complaints.timeline')}
        </Title>
        <Timeline
          active={c.timeline.length - 1}
          bulletSize={14}
          lineWidth={2}
          data-testid="complaint-timeline"
        >
          {c.timeline.map((e) => (
            <Timeline.Item
              key={e.id}
              title={
                e.kind === 'routed' && e.responsibleId !== c.responsible?.id
                  ? t('manage.complaints.events.routedEarlier', { date: e.dueDate ?? '' })
                  : t(`manage.complaints.events.${e.kind}`, {
                      name: c.responsible?.displayName ?? '',
                      date: e.dueDate ?? '',
                    })
              }
              data-testid={`complaint-event-${e.kind}`}
            >
              {e.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.note}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {localDateTime(e.at)} · {e.by.displayName}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>
    </Stack>
  );
}
