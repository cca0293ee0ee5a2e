import { Badge, Button, Chip, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ListRow } from '../ListRow';
import classes from '../ManageList.module.css';
import { useFollowUpPages, type FollowUpFilter } from './useFollowUpPages';

/** The follow-up worklist (客戶回訪, policy 3.6): overdue calls first, marked in red. */
export function FollowUpList({
  overdueOnly,
  onOverdueOnly,
  selectedId,
  onOpen,
}: {
  overdueOnly: boolean;
  onOverdueOnly: (v: boolean) => void;
  selectedId: number | null;
  onOpen: (id: number) => void;
}) {
  const { t } = useTranslation();
  const filter = useMemo<FollowUpFilter>(() => ({ overdueOnly }), [overdueOnly]);
  const { rows, loading, hasMore, loadMore } = useFollowUpPages(filter);

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed" data-testid="followups-count">
          {t('manage.followUps.count', { count: rows.length })}
          {hasMore ? '+' : ''}
        </Text>
        <Chip
          size="xs"
          color="red"
          checked={overdueOnly}
          onChange={onOverdueOnly}
          wrapperProps={{ 'data-testid': 'followups-overdue-only' }}
        >
          {t('manage.followUps.overdueOnly')}
        </Chip>
      </Group>
      <Paper withBorder radius="md" className={classes.list} role="table" data-testid="followups">
        {rows.map((row) => (
          <ListRow
            key={row.id}
            selected={row.id === selectedId}
            overdue={row.overdue}
            onOpen={() => onOpen(row.id)}
            testId={`followup-row-${row.reportNo}`}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <span className={classes.mono}>{row.reportNo}</span>
              {row.overdue ? (
                <Badge color="red" size="sm" data-testid="followup-overdue">
                  {t('manage.followUps.overdue')}
                </Badge>
              ) : (
                <Text size="xs" c="dimmed">
                  {t('manage.followUps.due', { date: row.dueDate })}
                </Text>
              )}
            </Group>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" truncate>
                {row.customerName}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {row.phone ?? t('manage.followUps.noPhone')}
              </Text>
            </Group>
            <Text size="xs" c={row.overdue ? 'red' : 'dimmed'}>
              {row.overdue && `${t('manage.followUps.due', { date: row.dueDate })} · `}
              {t('manage.followUps.attempts', { count: row.attempts })}
            </Text>
          </ListRow>
        ))}
        {rows.length === 0 && !loading && (
          <Text size="sm" c="dimmed" p="md" data-testid="followups-empty">
            {t('manage.followUps.empty')}
          </Text>
        )}
        {loading && (
          <Group gap="xs" p="sm">
            <Loader size={14} />
            <Text size="xs" c="dimmed">
              {t('manage.followUps.loading')}
            </Text>
          </Group>
        )}
        {hasMore && !loading && (
          <Button
            variant="subtle"
            size="xs"
            fullWidth
            onClick={loadMore}
            data-testid="followups-more"
          >
            {t('common.loadMore')}
          </Button>
        )}
      </Paper>
    </Stack>
  );
}
