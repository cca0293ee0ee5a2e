import { Badge, Button, Group, Loader, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProblemStatus } from '../../../../../main/improvement/problemRepo';
import { ListRow } from '../ListRow';
import classes from '../ManageList.module.css';
import { ProblemStatusBadge } from './ProblemStatusBadge';
import { useProblemPages, type ProblemFilter } from './useProblemPages';

const STATUSES: readonly ProblemStatus[] = ['open', 'in_progress', 'done', 'reviewed', 'cancelled'];

/** The register (改進措施): overdue problems stand out in red. */
export function ProblemListPane({
  filter,
  onFilter,
  selectedId,
  onOpen,
}: {
  filter: ProblemFilter;
  onFilter: (f: ProblemFilter) => void;
  selectedId: number | null;
  onOpen: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { rows, loading, hasMore, loadMore } = useProblemPages(filter);
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Select
          size="xs"
          placeholder={t('manage.actions.allStatuses')}
          clearable
          value={filter.status}
          onChange={(v) => onFilter({ ...filter, status: (v as ProblemStatus | null) ?? null })}
          data={STATUSES.map((s) => ({
            value: s,
            label: t(`manage.actions.status.${s}`),
          }))}
          data-testid="actions-status-filter"
        />
        <Switch
          size="xs"
          label={t('manage.actions.overdueOnly')}
          checked={filter.overdueOnly}
          onChange={(e) => onFilter({ ...filter, overdueOnly: e.currentTarget.checked })}
          data-testid="actions-overdue-only"
        />
      </Group>
      <Paper
        withBorder
        radius="md"
        className={classes.list}
        role="table"
        data-testid="actions-list"
      >
        {rows.map((row) => (
          <ListRow
            key={row.id}
            selected={row.id === selectedId}
            overdue={row.overdue}
            onOpen={() => onOpen(row.id)}
            testId={`action-row-${row.id}`}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" className={classes.mono}>
                {row.number}
              </Text>
              <Group gap={4} wrap="nowrap">
                {row.overdue && (
                  <Badge color="red" size="sm" data-testid="action-overdue">
                    {t('manage.actions.overdue')}
                  </Badge>
                )}
                <ProblemStatusBadge status={row.status} />
              </Group>
            </Group>
            <Text size="sm" truncate>
              {row.title}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`manage.actions.kind.${row.kind}`)} · {row.owner.displayName}
            </Text>
          </ListRow>
        ))}
        {rows.length === 0 && !loading && (
          <Text size="sm" c="dimmed" p="md" data-testid="actions-empty">
            {t('manage.actions.empty')}
          </Text>
        )}
        {loading && (
          <Group gap="xs" p="sm">
            <Loader size={14} />
            <Text size="xs" c="dimmed">
              {t('manage.actions.loading')}
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
  );
}
