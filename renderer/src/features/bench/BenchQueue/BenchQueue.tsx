import {
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconBarcode } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueRow, QueueScope } from '../../../../../main/bench/queue';
import { notifyError } from '../../../errors/notifyError';
import { StatusBadge, TicketFlags } from '../../intake/TicketBadges/TicketBadges';
import { useScannerInput } from '../../intake/useScannerInput';
import { findTicketId } from '../ticketLookup';
import { useQueuePages, type QueueFilter } from './useQueuePages';
import { useStations } from './useStations';
import classes from './BenchQueue.module.css';

const SCOPES: readonly QueueScope[] = ['mineOrUnassigned', 'mine', 'unassigned', 'all'];

function Row({
  row,
  selected,
  active,
  onOpen,
}: {
  row: QueueRow;
  selected: boolean;
  active: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      id={`bench-queue-row-${row.id}`}
      className={classes.row}
      role="row"
      aria-selected={selected}
      data-active={active || undefined}
      data-status={row.status}
      data-emergency={row.emergency || undefined}
      data-overdue={row.overdue || undefined}
      onClick={onOpen}
      data-testid={`bench-queue-row-${row.reportNo}`}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <span className={classes.mono}>{row.reportNo}</span>
        <StatusBadge status={row.status} size="sm" />
      </Group>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" truncate>
          {row.modelCode} · {row.serial}
        </Text>
        <TicketFlags emergency={row.emergency} overdue={row.overdue} repeat={false} size="xs" />
      </Group>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="xs" c="dimmed" truncate>
          {row.customerName} · {row.station}
        </Text>
        <Text
          size="xs"
          c={row.assignedTo ? undefined : 'dimmed'}
          fs={row.assignedTo ? undefined : 'italic'}
          className={classes.nowrap}
          data-testid="bench-queue-assignee"
        >
          {row.assignedTo?.name ?? t('bench.queue.unclaimed')}
        </Text>
      </Group>
    </div>
  );
}

/**
 * The technician's queue (待修佇列, issue 5 item 1): a station's unfinished tickets, mine and
 * the unclaimed, in the order they should be worked (emergencies first, then the earliest
 * due). Arrows and Enter open a ticket; a report number scanned from the unit's label (or a
 * serial) opens that ticket wherever it is.
 */
export function BenchQueue({
  scope,
  onScope,
  stationId,
  onStation,
  showAll,
  selectedId,
  onOpen,
}: {
  scope: QueueScope;
  onScope: (scope: QueueScope) => void;
  stationId: number | null;
  onStation: (stationId: number | null) => void;
  showAll: boolean;
  selectedId: number | null;
  onOpen: (ticketId: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const stations = useStations();
  const filter = useMemo<QueueFilter>(
    () => ({ scope, ...(stationId !== null && { stationId }) }),
    [scope, stationId],
  );
  const { rows, loading, hasMore, loadMore } = useQueuePages(filter);
  const [cursor, setCursor] = useState(-1);
  const [jump, setJump] = useState('');
  const [jumpError, setJumpError] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const jumpRef = useRef<HTMLInputElement>(null);

  useEffect(() => setCursor(-1), [filter]);

  function move(index: number) {
    if (rows.length === 0) return;
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setCursor(next);
    document.getElementById(`bench-queue-row-${rows[next].id}`)?.scrollIntoView({
      block: 'nearest',
    });
  }

  function onListKey(e: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowDown: cursor + 1,
      ArrowUp: cursor - 1,
      Home: 0,
      End: rows.length - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      if (e.key === 'ArrowUp' && cursor <= 0) {
        jumpRef.current?.focus();
        return;
      }
      move(moves[e.key]);
    } else if (e.key === 'Enter' && rows[cursor]) {
      e.preventDefault();
      onOpen(rows[cursor].id);
    }
  }

  async function lookUp() {
    const text = jump.trim();
    if (!text) return;
    try {
      const id = await findTicketId(text, rows);
      if (id === null) {
        setJumpError(t('bench.queue.notFound', { text }));
        return;
      }
      setJumpError(null);
      onOpen(id);
      // The next scan replaces this number.
      jumpRef.current?.select();
    } catch (error) {
      notifyError(error);
    }
  }

  const scan = useScannerInput({ onEnter: () => void lookUp() });
  const zh = i18n.language === 'zh-TW';
  const activeRow = rows[cursor];

  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        fullWidth
        value={scope}
        onChange={(v) => onScope(v as QueueScope)}
        data={SCOPES.filter((s) => s !== 'all' || showAll).map((s) => ({
          value: s,
          label: t(`bench.queue.scope.${s}`),
        }))}
        data-testid="bench-queue-scope"
      />
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Select
          size="xs"
          w={150}
          aria-label={t('bench.queue.station')}
          placeholder={t('bench.queue.allStations')}
          clearable
          value={stationId === null ? null : String(stationId)}
          onChange={(v) => onStation(v ? Number(v) : null)}
          data={stations.map((s) => ({
            value: String(s.id),
            label: `${s.code} ${zh ? s.nameZh : s.nameEn}`,
          }))}
          data-testid="bench-queue-station"
        />
        <TextInput
          ref={jumpRef}
          size="xs"
          flex={1}
          aria-label={t('bench.queue.jump')}
          placeholder={t('bench.queue.jumpHint')}
          leftSection={<IconBarcode size={14} />}
          autoComplete="off"
          // Arriving at the bench with nothing open, the next scan goes straight in here.
          autoFocus={selectedId === null}
          value={jump}
          error={jumpError}
          onChange={(e) => {
            setJump(e.currentTarget.value);
            setJumpError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              listRef.current?.focus();
              if (cursor < 0) move(0);
              return;
            }
            scan.onKeyDown(e);
          }}
          data-testid="bench-jump"
        />
      </Group>
      <Paper
        ref={listRef}
        withBorder
        radius="md"
        className={classes.list}
        role="table"
        tabIndex={0}
        aria-label={t('bench.queue.label')}
        aria-activedescendant={activeRow ? `bench-queue-row-${activeRow.id}` : undefined}
        onKeyDown={onListKey}
        onFocus={() => {
          if (cursor >= 0 || rows.length === 0) return;
          const open = rows.findIndex((r) => r.id === selectedId);
          setCursor(open >= 0 ? open : 0);
        }}
        data-testid="bench-queue"
      >
        {rows.map((row, index) => (
          <Row
            key={row.id}
            row={row}
            selected={row.id === selectedId}
            active={index === cursor}
            onOpen={() => {
              setCursor(index);
              onOpen(row.id);
            }}
          />
        ))}
        {rows.length === 0 && !loading && (
          <Text size="sm" c="dimmed" p="md" data-testid="bench-queue-empty">
            {t(`bench.queue.empty.${scope}`)}
          </Text>
        )}
        {loading && (
          <Group gap="xs" p="sm">
            <Loader size={14} />
            <Text size="xs" c="dimmed">
              {t('bench.queue.loading')}
            </Text>
          </Group>
        )}
        {hasMore && !loading && (
          <Button
            variant="subtle"
            size="xs"
            fullWidth
            onClick={loadMore}
            data-testid="bench-queue-more"
          >
            {t('common.loadMore')}
          </Button>
        )}
      </Paper>
      <Text size="xs" c="dimmed" data-testid="bench-queue-count">
        {t('bench.queue.count', { count: rows.length })}
        {hasMore ? ` · ${t('bench.queue.more')}` : ''}
      </Text>
    </Stack>
  );
}
