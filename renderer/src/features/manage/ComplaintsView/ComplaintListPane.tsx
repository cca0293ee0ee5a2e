import { Badge, Button, Group, Loader, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListRow } from '../ListRow';
import classes from '../ManageList.module.css';
import { ComplaintStatusBadge } from './ComplaintStatusBadge';
import { useComplaintPages, type ComplaintList } from './useComplaintPages';

/** The complaints still open (policy 3.6: they stay on the lists until resolved). */
export function ComplaintListPane({
  list,
  onList,
  selectedId,
  onOpen,
}: {
  list: ComplaintList;
  onList: (list: ComplaintList) => void;
  selectedId: number | null;
  onOpen: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { rows, loading, hasMore, loadMore } = useComplaintPages(list);

  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        value={list}
        onChange={(v) => onList(v as ComplaintList)}
        data={(['open', 'mine'] as const).map((l) => ({
          value: l,
          label: t(`manage.complaints.lists.${l}`),
        }))}
        style={{ alignSelf: 'flex-start' }}
        data-testid="complaints-list-filter"
      />
      <Paper withBorder radius="md" className={classes.list} role="table" data-testid="complaints">
        {rows.map((row) => (
          <ListRow
            key={row.id}
            selected={row.id === selectedId}
            overdue={row.overdue}
            onOpen={() => onOpen(row.id)}
            testId={`complaint-row-${row.id}`}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm">
                <span className={classes.mono}>#{row.id}</span>{' '}
                <span className={classes.mono}>{row.reportNo}</span>
              </Text>
              <Group gap={4} wrap="nowrap">
                {row.overdue && (
                  <Badge color="red" size="sm" data-testid="complaint-overdue">
                    {t('manage.complaints.overdue')}
                  </Badge>
                )}
                <ComplaintStatusBadge status={row.status} />
              </Group>
            </Group>
            <Text size="sm" truncate>
              {row.description}
            </Text>
            <Text size="xs" c={row.overdue ? 'red' : 'dimmed'}>
              {row.responsible?.displayName ?? t('manage.complaints.unassigned')}
              {row.dueDate && ` · ${t('manage.complaints.dueDate')} ${row.dueDate}`}
            </Text>
          </ListRow>
        ))}
        {rows.length === 0 && !loading && (
          <Text size="sm" c="dimmed" p="md" data-testid="complaints-empty">
            {t(`manage.complaints.empty.${list}`)}
          </Text>
        )}
        {loading && (
          <Group gap="xs" p="sm">
            <Loader size={14} />
            <Text size="xs" c="dimmed">
              {t('manage.complaints.loading')}
            </Text>
          </Group>
        )}
        {hasMore && !loading && (
          <Button
            variant="subtle"
            size="xs"
            fullWidth
            onClick={loadMore}
            data-testid="complaints-more"
          >
            {t('common.loadMore')}
          </Button>
        )}
      </Paper>
    </Stack>
  );
}
