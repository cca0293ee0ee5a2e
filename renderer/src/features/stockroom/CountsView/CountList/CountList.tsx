import { Badge, Group, Loader, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../../../data';
import { localDateTime } from '../../../../format/dateTime';
import { CountStatusBadge } from './CountStatusBadge';
import classes from './CountList.module.css';

/**
 * Open counts first, then the latest posted or cancelled ones. A count started, counted, posted
 * or cancelled at any workstation reads the list again (the data layer).
 */
export function CountList({
  selectedId,
  onOpen,
}: {
  selectedId: number | null;
  onOpen: (id: number) => void;
}) {
  const { t } = useTranslation();
  const rows =
    useCoreQuery('counts/list', { limit: 30 }, { entities: ['stock_count'] }).data?.rows ?? null;

  return (
    <Paper withBorder radius="md" className={classes.list} role="table" data-testid="count-list">
      {rows === null && (
        <Group p="sm" gap="xs">
          <Loader size={14} />
        </Group>
      )}
      {rows?.length === 0 && (
        <Text size="sm" c="dimmed" p="md" data-testid="count-list-empty">
          {t('stockroom.counts.list.empty')}
        </Text>
      )}
      {rows?.map((c) => (
        <div
          key={c.id}
          className={classes.row}
          role="row"
          tabIndex={0}
          aria-selected={c.id === selectedId}
          onClick={() => onOpen(c.id)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onOpen(c.id);
          }}
          data-testid={`count-row-${c.id}`}
          data-status={c.status}
        >
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" fw={500}>
              {t('stockroom.counts.title', {
                id: c.id,
                scope: t(`stockroom.counts.scope.${c.scope.kind}`, { value: c.scope.value }),
              })}
            </Text>
            <CountStatusBadge status={c.status} size="sm" />
          </Group>
          <Text size="xs" c="dimmed">
            {c.createdBy.name} · {localDateTime(c.createdAt)}
          </Text>
          {c.status === 'open' && (
            <Group gap={6} wrap="nowrap">
              <Text size="xs">
                {t('stockroom.counts.progress', {
                  counted: c.lineCount - c.uncounted,
                  total: c.lineCount,
                })}
              </Text>
              {c.flagged > 0 && (
                <Badge size="xs" color="orange" variant="light" tt="none">
                  {t('stockroom.counts.flaggedCount', { count: c.flagged })}
                </Badge>
              )}
            </Group>
          )}
        </div>
      ))}
    </Paper>
  );
}
