import { Badge, Box, Group, Loader, Paper, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Part } from '../../../../../main/stock/partRepo';
import { formatCost, formatQty, partNames, useCurrency } from '../partsFormat';
import classes from './PartsList.module.css';

const ROW_HEIGHT = 38;
const PAGE_KEYS = 12;

function Row({
  part,
  selected,
  currency,
  onOpen,
}: {
  part: Part;
  selected: boolean;
  currency: string;
  onOpen: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [first, second] = partNames(part, i18n.language);
  return (
    <div
      id={`part-row-${part.id}`}
      className={classes.row}
      role="row"
      aria-selected={selected}
      data-selected={selected || undefined}
      data-inactive={!part.active || undefined}
      data-below-safety={part.belowSafety || undefined}
      data-critical={part.critical || undefined}
      onClick={onOpen}
      data-testid={`part-row-${part.partNo}`}
    >
      <span className={classes.mono}>{part.partNo}</span>
      <span className={classes.cell} title={`${first} · ${second}`}>
        {first}
        <span className={classes.second}>{second}</span>
      </span>
      <span className={classes.cell}>{part.category}</span>
      <span className={classes.mono}>{part.bin ?? ''}</span>
      <span
        className={`${classes.num} ${part.belowSafety ? classes.low : ''}`}
        title={part.belowSafety ? t('stockroom.parts.belowSafetyHint') : undefined}
        data-testid="part-on-hand"
      >
        {formatQty(part.onHand)}
      </span>
      <span className={classes.num}>
        {formatQty(part.safetyStock)} / {formatQty(part.maxStock)}
      </span>
      <span className={classes.num}>{formatCost(part.avgCost, currency)}</span>
      <Group gap={4} wrap="nowrap">
        {part.critical && (
          <Badge size="xs" color="orange" variant="light">
            {t('stockroom.parts.critical')}
          </Badge>
        )}
        {!part.active && (
          <Badge size="xs" color="gray" variant="outline">
            {t('stockroom.parts.inactive')}
          </Badge>
        )}
      </Group>
    </div>
  );
}

/**
 * The parts as a virtual list: only the rows on screen are in the page, so 100,000 parts
 * scroll like 100. Arrow keys move the selection, Enter opens it; the next page is asked for
 * when the end of what is loaded comes near.
 */
export function PartsList({
  rows,
  loading,
  hasMore,
  loadMore,
  active,
  resetKey,
  onOpen,
  listRef,
}: {
  rows: Part[];
  loading: boolean;
  hasMore: boolean;
  loadMore: () => void;
  active: boolean;
  /** Changes when the filter does: back to the top, nothing selected. */
  resetKey: string;
  onOpen: (part: Part) => void;
  listRef?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  const currency = useCurrency();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState(-1);

  useEffect(() => {
    setSelected(-1);
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetKey]);

  // The app is not built with the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1200, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (active && hasMore && lastIndex >= rows.length - 40) loadMore();
  }, [active, hasMore, lastIndex, rows.length, loadMore]);

  function select(index: number) {
    if (rows.length === 0) return;
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setSelected(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowDown: selected + 1,
      ArrowUp: selected - 1,
      PageDown: selected + PAGE_KEYS,
      PageUp: selected - PAGE_KEYS,
      Home: 0,
      End: rows.length - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      select(moves[e.key]);
    } else if (e.key === 'Enter' && rows[selected]) {
      e.preventDefault();
      onOpen(rows[selected]);
    }
  }

  const activeRow = rows[selected];
  return (
    <Paper withBorder radius="md" className={classes.table} data-testid="parts-list" role="table">
      <div className={classes.inner}>
        <div className={`${classes.row} ${classes.header}`} role="row">
          <span>{t('stockroom.parts.columns.partNo')}</span>
          <span>{t('stockroom.parts.columns.name')}</span>
          <span>{t('stockroom.parts.columns.category')}</span>
          <span>{t('stockroom.parts.columns.bin')}</span>
          <span className={classes.num}>{t('stockroom.parts.columns.onHand')}</span>
          <span className={classes.num}>{t('stockroom.parts.columns.limits')}</span>
          <span className={classes.num}>{t('stockroom.parts.columns.avgCost', { currency })}</span>
          <span />
        </div>
        <div
          ref={(node) => {
            scrollRef.current = node;
            if (typeof listRef === 'function') listRef(node);
            else if (listRef) listRef.current = node;
          }}
          className={classes.scroll}
          tabIndex={0}
          role="rowgroup"
          aria-label={t('stockroom.parts.listLabel')}
          aria-activedescendant={activeRow ? `part-row-${activeRow.id}` : undefined}
          onKeyDown={onKeyDown}
          onFocus={() => selected < 0 && rows.length > 0 && setSelected(0)}
          data-testid="parts-scroll"
        >
          {rows.length === 0 && !loading && (
            <Text size="sm" c="dimmed" p="md" data-testid="parts-empty">
              {t('stockroom.parts.empty')}
            </Text>
          )}
          <Box style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const part = rows[item.index];
              return (
                <div
                  key={item.key}
                  className={classes.slot}
                  style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                >
                  {part ? (
                    <Row
                      part={part}
                      selected={item.index === selected}
                      currency={currency}
                      onOpen={() => {
                        setSelected(item.index);
                        onOpen(part);
                      }}
                    />
                  ) : (
                    <Group gap="xs" px="md" h={ROW_HEIGHT}>
                      <Loader size={14} />
                      <Text size="xs" c="dimmed">
                        {t('stockroom.parts.loading')}
                      </Text>
                    </Group>
                  )}
                </div>
              );
            })}
          </Box>
        </div>
      </div>
    </Paper>
  );
}
