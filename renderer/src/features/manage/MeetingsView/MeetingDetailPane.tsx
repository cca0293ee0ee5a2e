import { Center, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../../main/improvement/meetings';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

/** One meeting's record: attendees, period and report, agenda, minutes, problems decided on. */
export function MeetingDetailPane({ id }: { id: number }) {
  const { t } = useTranslation();
  const [m, setM] = useState<MeetingDetail | null>(null);
  useEffect(() => {
    let current = true;
    invoke('meetings/get', { meetingId: id })
      .then((found) => current && setM(found))
      .catch((e: unknown) => current && notifyError(e));
    return () => {
      current = false;
    };
  }, [id]);
  if (!m) {
    return (
      <Center h={200}>
        <Loader size="sm" />
      </Center>
    );
  }
  return (
    <Paper withBorder radius="md" p="md" data-testid="meeting-detail" data-id={m.id}>
      <Stack gap="xs">
        <Title order={4}>{m.heldOn}</Title>
        <Text size="sm">{t('manage.meetings.period', { from: m.periodFrom, to: m.periodTo })}</Text>
        <Text size="sm" c="dimmed">
          {m.reportDocumentId !== null
            ? t('manage.meetings.report', { id: m.reportDocumentId })
            : t('manage.meetings.noReport')}
        </Text>
        <Text size="sm" data-testid="meeting-attendee-names">
          {t('manage.meetings.fields.attendees')}:{' '}
          {m.attendees.map((a) => a.displayName).join(', ')}
        </Text>
        <List size="sm" data-testid="meeting-agenda-list">
          {m.agenda.map((a, i) => (
            <List.Item key={i}>{a}</List.Item>
          ))}
        </List>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {m.minutes}
        </Text>
        {m.problems.length > 0 && (
          <Text size="sm" data-testid="meeting-problem-list">
            {t('manage.meetings.fields.problems')}:{' '}
            {m.problems.map((p) => `${p.number} ${p.title}`).join('; ')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
