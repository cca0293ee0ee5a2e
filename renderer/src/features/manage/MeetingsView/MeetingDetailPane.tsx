import { Center, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../../data';

/**
 * One meeting's record: attendees, period and report, agenda, minutes, problems decided on. Read
 * again when the meeting is corrected, or a problem it decided on changes, at any workstation.
 */
export function MeetingDetailPane({ id }: { id: number }) {
  const { t } = useTranslation();
  const m =
    useCoreQuery(
      'meetings/get',
      { meetingId: id },
      { entities: [{ entity: 'meeting', id }, 'problem'] },
    ).data ?? null;
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
