import { Button, Chip, Group, Loader, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequisitionSummary } from '../../../../../../main/stock/requisitionList';
import { localDateTime } from '../../../../format/dateTime';
import { RequisitionStatusBadge } from '../RequisitionStatus/RequisitionStatus';
import { useRequisitionPages, type QueueFilter } from './useRequisitionPages';
import classes from './RequisitionQueue.module.css';

export const QUEUES = ['pending', 'to_issue', 'done', 'all'] as const;
export type Queue = (typeof QUEUES)[number];

function Row({
  row,
  selected,
  onOpen,
}: {
  row: RequisitionSummary;
  selected: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      className={classes.row}
      role="row"
      tabIndex={0}
      aria-selected={selected}
      data-status={row.status}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onOpen();
      }}
      data-testid={`req-row-${row.reqNo}`}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <span className={classes.mono}>{row.reqNo}</span>
        <RequisitionStatusBadge status={row.status} size="sm" />
      </Group>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" truncate>
          <span className={classes.mono}>{row.reportNo}</span> · {row.requestedBy}
        </Text>
        <Text size="xs" c="dimmed" className={classes.nowrap}>
          {row.toIssue > 0
            ? t('stockroom.requisitions.queue.toIssue', { count: row.toIssue })
            : t('stockroom.requisitions.queue.lines', { count: row.lineCount })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {localDateTime(row.requestedAt)}
      </Text>
    </div>
  );
}

/**
 * The requisition queue (policy 5.3): what waits for a supervisor's approval, what waits for
 * the stockroom to issue, what is done. Newest first, a page at a time.
 */
export function RequisitionQueue({
  queue,
  onQueue,
  mine,
  onMine,
  showMine,
  selectedId,
  onOpen,
}: {
  queue: Queue;
  onQueue: (queue: Queue) => void;
  mine: boolean;
  onMine: (mine: boolean) => void;
  showMine: boolean;
  selectedId: number | null;
  onOpen: (id: number) => void;
}) {
  const { t } = useTranslation();
  const filter = useMemo<QueueFilter>(() => ({ queue, ...(mine && { mine }) }), [queue, mine]);
  const { rows, loading, hasMore, loadMore } = useRequisitionPages(filter);

  return (
    <Stack gap="xs">
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <SegmentedControl
          size="xs"
          value={queue}
          onChange={(v) => onQueue(v as Queue)}
          data={QUEUES.map((q) => ({ value: q, label: t(`stockroom.requisitions.queue.${q}`) }))}
          data-testid="req-queue-filter"
        />
        {showMine && (
          <Chip
            size="xs"
            checked={mine}
            onChange={onMine}
            wrapperProps={{ 'data-testid': 'req-queue-mine' }}
          >
            {t('stockroom.requisitions.queue.mine')}
          </Chip>
        )}
      </Group>
      <Paper withBorder radius="md" className={classes.list} role="table" data-testid="req-queue">
        {rows.map((row) => (
          <Row
            key={row.id}
            row={row}
            selected={row.id === selectedId}
            onOpen={() => onOpen(row.id)}
          />
        ))}
        {rows.length === 0 && !loading && (
          <Text size="sm" c="dimmed" p="md" data-testid="req-queue-empty">
            {t(`stockroom.requisitions.queue.empty.${queue}`)}
          </Text>
        )}
        {loading && (
          <Group gap="xs" p="sm">
            <Loader size={14} />
            <Text size="xs" c="dimmed">
              {t('stockroom.requisitions.queue.loading')}
            </Text>
          </Group>
        )}
        {hasMore && !loading && (
          <Button
            variant="subtle"
            size="xs"
            fullWidth
            onClick={loadMore}
            data-testid="req-queue-more"
          >
            {t('common.loadMore')}
          </Button>
        )}
      </Paper>
    </Stack>
  );
}
