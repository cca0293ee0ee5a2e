import { Badge, Group, Loader, Paper, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockCount } from '../../../../../../main/stock/countRepo';
import { invoke } from '../../../../bridge';
import { notifyError } from '../../../../errors/notifyError';
import { localDateTime } from '../../../../format/dateTime';
import { CountStatusBadge } from './CountStatusBadge';
import classes from './CountList.module.css';

/** Open counts first, then the latest posted or cancelled ones. */
export function CountList({
  selectedId,
  onOpen,
  reloadKey,
}: {
  selectedId: number | null;
  onOpen: (id: number) => void;
  reloadKey: number;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<StockCount[] | null>(null);

  useEffect(() => {
    let current = true;
    invoke('counts/list', { limit: 30 })
      .then((page) => current && setRows(page.rows))
      .catch((error: unknown) => current && notifyError(error));
    return () => {
      current = false;
    };
  }, [reloadKey]);

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
