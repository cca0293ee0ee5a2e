import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { invoke, type Output } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

// The lists beside the charts (issue 10, item 4): the first few overdue follow-up calls, open
// complaints and overdue corrective actions, each with a way to its own view. They are today's
// lists for the whole depot, read from the channels that keep them, whatever the page filter.

export const LIST_LENGTH = 5;

type Lists = {
  followUps: Output<'followUps/worklist'>['rows'];
  complaints: Output<'complaints/open'>['rows'];
  actions: Output<'improvement/list'>['rows'] | null;
};

function ListBlock({
  id,
  title,
  emptyText,
  path,
  lines,
}: {
  id: string;
  title: string;
  emptyText: string;
  path: string;
  lines: { key: number; text: string; note: string }[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack gap={4} data-testid={`dash-list-${id}`}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Anchor
          size="xs"
          component="button"
          onClick={() => void navigate(path)}
          data-testid={`dash-list-${id}-open`}
        >
          {t('manage.dashboard.lists.all')}
        </Anchor>
      </Group>
      {lines.length === 0 ? (
        <Text size="xs" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        lines.map((l) => (
          <Group
            key={l.key}
            justify="space-between"
            wrap="nowrap"
            data-testid={`dash-list-${id}-row`}
          >
            <Text size="xs" lineClamp={1}>
              {l.text}
            </Text>
            <Text size="xs" c="red.7" style={{ whiteSpace: 'nowrap' }}>
              {l.note}
            </Text>
          </Group>
        ))
      )}
    </Stack>
  );
}

export function ListsCard({ active, canSeeActions }: { active: boolean; canSeeActions: boolean }) {
  const { t } = useTranslation();
  const [lists, setLists] = useState<Lists | null>(null);
  useEffect(() => {
    if (!active) return;
    let current = true;
    Promise.all([
      invoke('followUps/worklist', { overdueOnly: true, limit: LIST_LENGTH }),
      invoke('complaints/open', { limit: LIST_LENGTH }),
      canSeeActions
        ? invoke('improvement/list', { overdueOnly: true, limit: LIST_LENGTH })
        : Promise.resolve(null),
    ])
      .then(([f, c, a]) => {
        if (current) setLists({ followUps: f.rows, complaints: c.rows, actions: a?.rows ?? null });
      })
      .catch((error: unknown) => {
        if (current) notifyError(error);
      });
    return () => {
      current = false;
    };
  }, [active, canSeeActions]);
  if (!lists) return null;
  const due = (date: string | null) => (date ? t('manage.dashboard.lists.due', { date }) : '');
  return (
    <Card withBorder padding="sm" data-testid="dash-lists">
      <Text size="xs" c="dimmed" mb={6}>
        {t('manage.dashboard.lists.now')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <ListBlock
          id="followUps"
          title={t('manage.dashboard.lists.followUps')}
          emptyText={t('manage.dashboard.lists.followUpsEmpty')}
          path="/manage"
          lines={lists.followUps.map((f) => ({
            key: f.id,
            text: `${f.reportNo} · ${f.customerName}`,
            note: due(f.dueDate),
          }))}
        />
        <ListBlock
          id="complaints"
          title={t('manage.dashboard.lists.complaints')}
          emptyText={t('manage.dashboard.lists.complaintsEmpty')}
          path="/manage/complaints"
          lines={lists.complaints.map((c) => ({
            key: c.id,
            text: `${c.reportNo} · ${c.description}`,
            note: due(c.dueDate),
          }))}
        />
        {/* Overdue corrective actions (policy 6.2, 限期整改): the improvement register's list. */}
        {lists.actions && (
          <ListBlock
            id="actions"
            title={t('manage.dashboard.lists.actions')}
            emptyText={t('manage.dashboard.lists.actionsEmpty')}
            path="/manage/actions"
            lines={lists.actions.map((a) => ({
              key: a.id,
              text: `${a.number} · ${a.title}`,
              note: t('manage.dashboard.lists.overdueItems', { count: a.overdueActions }),
            }))}
          />
        )}
      </SimpleGrid>
    </Card>
  );
}
