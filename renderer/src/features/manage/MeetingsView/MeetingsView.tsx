import { Button, Center, Grid, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCorePages } from '../../../data';
import { notifySuccess } from '../../../errors/notifyError';
import { useCan } from '../../../stores/session';
import { ListRow } from '../ListRow';
import classes from '../ManageList.module.css';
import { MeetingDetailPane } from './MeetingDetailPane';
import { MeetingForm } from './MeetingForm';

/**
 * Review meetings (定期召開保修業務分析會議, policy 6): the record of each, and a new one. A meeting
 * recorded or corrected at any workstation reads the list again (the data layer).
 */
export function MeetingsView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const mayWrite = useCan('meetings/record');
  const [recording, setRecording] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const { rows, loading, hasMore, loadMore } = useCorePages(
    'meetings/list',
    { limit: 50 },
    { entities: ['meeting'] },
  );

  return (
    <Grid gap="md" align="flex-start" data-testid="manage-meetings" data-active={active}>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="xs">
          {mayWrite && (
            <Group>
              <Button
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => setRecording(true)}
                data-testid="meetings-record"
              >
                {t('manage.meetings.record')}
              </Button>
            </Group>
          )}
          <Paper
            withBorder
            radius="md"
            className={classes.list}
            role="table"
            data-testid="meetings"
          >
            {rows.map((m) => (
              <ListRow
                key={m.id}
                selected={m.id === selected}
                overdue={false}
                onOpen={() => {
                  setRecording(false);
                  setSelected(m.id);
                }}
                testId={`meeting-row-${m.id}`}
              >
                <Text size="sm" fw={500}>
                  {m.heldOn}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('manage.meetings.period', { from: m.periodFrom, to: m.periodTo })} ·{' '}
                  {t('manage.meetings.row', { attendees: m.attendees, problems: m.problems })}
                </Text>
              </ListRow>
            ))}
            {rows.length === 0 && !loading && (
              <Text size="sm" c="dimmed" p="md" data-testid="meetings-empty">
                {t('manage.meetings.empty')}
              </Text>
            )}
            {loading && (
              <Group gap="xs" p="sm">
                <Loader size={14} />
                <Text size="xs" c="dimmed">
                  {t('manage.meetings.loading')}
                </Text>
              </Group>
            )}
            {hasMore && !loading && (
              <Button variant="subtle" size="xs" fullWidth onClick={loadMore}>
                {t('common.loadMore')}
              </Button>
            )}
          </Paper>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {recording && mayWrite ? (
          <MeetingForm
            onCancel={() => setRecording(false)}
            onDone={(m) => {
              setRecording(false);
              setSelected(m.id);
              notifySuccess(t('manage.meetings.recorded', { date: m.heldOn }));
            }}
          />
        ) : selected !== null ? (
          <MeetingDetailPane key={selected} id={selected} />
        ) : (
          <Paper withBorder radius="md" p="xl">
            <Center>
              <Text c="dimmed" size="sm">
                {t('manage.meetings.pick')}
              </Text>
            </Center>
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}
