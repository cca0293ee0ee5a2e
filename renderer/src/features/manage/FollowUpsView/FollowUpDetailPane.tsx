import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Rating,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpDetail } from '../../../../../main/aftercare/followUpHandlers';
import { useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../../bridge';
import { coreKey, useCoreQuery } from '../../../data';
import { ReasonModal } from '../../../dialogs/ReasonModal';
import { notifySuccess } from '../../../errors/notifyError';
import { localDateTime } from '../../../format/dateTime';
import { useCan } from '../../../stores/session';
import { useTicketDrawer } from '../../intake/ticketDrawer';
import { ComplaintStatusBadge } from '../ComplaintsView/ComplaintStatusBadge';
import { AttemptForm } from './AttemptForm';

/**
 * One follow-up: the customer and ticket, every attempt so far, the complaints recorded from
 * it, and (while it is open) the form to record the next call.
 */
export function FollowUpDetailPane({ id }: { id: number }) {
  const { t } = useTranslation();
  const mayRecordComplaint = useCan('complaints/record');
  const openTicket = useTicketDrawer((s) => s.open);
  const [complaining, setComplaining] = useState(false);
  const client = useQueryClient();
  // Live: another person's call or a complaint recorded elsewhere shows at once; the call form
  // is keyed by the attempts, so it starts afresh only when a call was recorded.
  const query = useCoreQuery(
    'followUps/get',
    { followUpId: id },
    { entities: [{ entity: 'followUp', id }, 'complaint', 'customer'] },
  );
  const followUp = query.data ?? null;
  const setFollowUp = (next: FollowUpDetail) =>
    client.setQueryData(coreKey('followUps/get', { followUpId: id }), next);

  if (!followUp) {
    return (
      <Center h={200} data-testid="followup-loading">
        <Loader size="sm" />
      </Center>
    );
  }
  const f = followUp;

  return (
    <Stack
      gap="md"
      data-testid="followup-detail"
      data-status={f.status}
      data-report-no={f.reportNo}
    >
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3}>{f.customerName}</Title>
              {f.overdue && (
                <Badge color="red" data-testid="followup-detail-overdue">
                  {t('manage.followUps.overdue')}
                </Badge>
              )}
              {f.status === 'done' && <Badge color="teal">{t('manage.followUps.done')}</Badge>}
            </Group>
            <Text size="sm">{f.phone ?? t('manage.followUps.noPhone')}</Text>
            <Text size="sm" c="dimmed">
              <Anchor
                component="button"
                type="button"
                size="sm"
                ff="monospace"
                onClick={() => openTicket(f.ticketId)}
              >
                {f.reportNo}
              </Anchor>
              {' · '}
              {t('manage.followUps.delivered', { date: localDateTime(f.deliveredAt) })}
              {' · '}
              <Text span size="sm" c={f.overdue ? 'red' : undefined}>
                {t('manage.followUps.due', { date: f.dueDate })}
              </Text>
            </Text>
          </Stack>
          {mayRecordComplaint && (
            <Button
              variant="light"
              color="orange"
              leftSection={<IconMessageReport size={16} />}
              onClick={() => setComplaining(true)}
              data-testid="followup-complaint-open"
            >
              {t('manage.followUps.complaint.open')}
            </Button>
          )}
        </Group>
      </Paper>

      {/* As followUps/recordAttempt refuses it: open, and for the desk or a supervisor. */}
      {f.actions.recordAttempt.allowed ? (
        <AttemptForm
          key={f.attempts}
          followUp={f}
          onRecorded={(next) => {
            setFollowUp(next);
            notifySuccess(
              t(
                next.status === 'done'
                  ? 'manage.followUps.record.savedDone'
                  : 'manage.followUps.record.savedOpen',
                { reportNo: next.reportNo },
              ),
            );
          }}
        />
      ) : (
        f.actions.recordAttempt.refusal?.code === 'FORBIDDEN' && (
          <Alert color="gray">{t('manage.followUps.record.readOnly')}</Alert>
        )
      )}

      <Paper withBorder radius="md" p="md">
        <Title order={5} mb="xs">
          {t('manage.followUps.history')}
        </Title>
        {f.attemptsList.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('manage.followUps.noAttempts')}
          </Text>
        ) : (
          <Table data-testid="followup-attempts">
            <Table.Tbody>
              {f.attemptsList.map((a) => (
                <Table.Tr key={a.id} data-testid={`followup-attempt-${a.id}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{localDateTime(a.at)}</Table.Td>
                  <Table.Td>{t(`manage.followUps.record.methods.${a.method}`)}</Table.Td>
                  <Table.Td>
                    {a.reached ? (
                      a.satisfaction !== null ? (
                        <Rating value={a.satisfaction} readOnly size="sm" />
                      ) : (
                        t('manage.followUps.reached')
                      )
                    ) : (
                      <Text span size="sm" c="orange">
                        {t('manage.followUps.notReached')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{a.comments}</Table.Td>
                  <Table.Td c="dimmed">{a.by.displayName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      {f.complaints.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={5} mb="xs">
            {t('manage.followUps.complaints')}
          </Title>
          <Stack gap={4}>
            {f.complaints.map((c) => (
              <Group key={c.id} gap="xs" wrap="nowrap" data-testid={`followup-complaint-${c.id}`}>
                <Text size="sm" ff="monospace">
                  #{c.id}
                </Text>
                <ComplaintStatusBadge status={c.status} />
                <Text size="sm" truncate>
                  {c.description}
                </Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      )}

      <ReasonModal
        opened={complaining}
        title={t('manage.followUps.complaint.title', { reportNo: f.reportNo })}
        body={t('manage.followUps.complaint.body')}
        label={t('manage.followUps.complaint.description')}
        confirm={t('manage.followUps.complaint.submit')}
        color="orange"
        testIds={{ input: 'complaint-description', confirm: 'complaint-record-submit' }}
        onClose={() => setComplaining(false)}
        onConfirm={async (description) => {
          const c = await invoke('complaints/record', {
            ticketId: f.ticketId,
            followUpId: f.id,
            description,
          });
          notifySuccess(t('manage.followUps.complaint.saved', { id: c.id, reportNo: c.reportNo }));
          setFollowUp(await invoke('followUps/get', { followUpId: f.id }));
        }}
      />
    </Stack>
  );
}
