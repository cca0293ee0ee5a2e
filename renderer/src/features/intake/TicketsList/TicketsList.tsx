import { Box, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketListRow } from '../../../../../main/intake/ticketListQuery';
import { localDateTime } from '../../../format/dateTime';
import { useIntakeCatalogue } from '../IntakeForm/useIntakeCatalogue';
import { StatusBadge, TicketFlags, WarrantyBadge } from '../TicketBadges/TicketBadges';
import { useTicketDrawer } from '../ticketDrawer';
import { isTicketStatus } from '../codes';
import { NO_FILTERS, TicketFilters, type Filters } from './TicketFilters';
import { useTicketPages, type ListFilter } from './useTicketPages';
import classes from './TicketsList.module.css';

const ROW_HEIGHT = 38;

function toListFilter(f: Filters): ListFilter {
  const [from, to] = f.dates;
  return {
    ...(f.status && isTicketStatus(f.status) && { status: [f.status] }),
    ...(f.stationId && { stationId: Number(f.stationId) }),
    ...(f.warrantyStatus && {
      warrantyStatus: f.warrantyStatus as NonNullable<ListFilter['warrantyStatus']>,
    }),
    ...(f.emergency && { emergency: true }),
    ...(f.overdue && { overdue: true }),
    ...(from && { reportedFrom: from }),
    ...((to ?? from) && { reportedTo: to ?? from ?? undefined }),
  };
}

function Row({ row, onOpen }: { row: TicketListRow; onOpen: () => void }) {
  const { i18n } = useTranslation();
  return (
    <div
      className={classes.row}
      data-emergency={row.emergency || undefined}
      data-overdue={row.overdue || undefined}
      data-cancelled={row.status === 'cancelled' || undefined}
      role="row"
      tabIndex={0}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onOpen();
      }}
      data-testid={`ticket-row-${row.reportNo}`}
    >
      <span className={classes.mono}>{row.reportNo}</span>
      <span className={classes.mono}>{localDateTime(row.reportedAt)}</span>
      <span className={classes.cell}>{row.customerName}</span>
      <span
        className={classes.cell}
        title={i18n.language === 'zh-TW' ? row.modelNameZh : row.modelNameEn}
      >
        {row.modelCode}
      </span>
      <span className={`${classes.mono} ${classes.cell}`}>{row.serial}</span>
      <span className={classes.mono}>{row.stationCode}</span>
      <span>
        <WarrantyBadge status={row.warrantyStatus} size="sm" />
      </span>
      <span>
        <StatusBadge status={row.status} size="sm" />
      </span>
      <span>
        <TicketFlags
          emergency={row.emergency}
          overdue={row.overdue}
          repeat={row.repeatOfTicketId !== null}
          size="xs"
        />
      </span>
    </div>
  );
}

/**
 * Every ticket, newest first (issue 3, item 10): filters, pages loaded as the clerk scrolls,
 * and only the rows on screen in the page, so a million tickets scroll like a hundred.
 * Emergency and overdue tickets carry a red edge; overdue ones a red wash as well.
 */
export function TicketsList({ active = true }: { active?: boolean }) {
  const { t } = useTranslation();
  const { stations } = useIntakeCatalogue();
  const open = useTicketDrawer((s) => s.open);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const listFilter = useMemo(() => toListFilter(filters), [filters]);
  const { rows, loading, hasMore, loadMore } = useTicketPages(listFilter);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Other filters, other list: back to its top (the newest).
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [listFilter]);

  // The app is not built with the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Before the first measurement (and in tests) assume a screenful.
    initialRect: { width: 1200, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  // Near the end of what is loaded: ask for the next page.
  useEffect(() => {
    if (active && hasMore && lastIndex >= rows.length - 20) loadMore();
  }, [active, hasMore, lastIndex, rows.length, loadMore]);

  return (
    <Stack gap="sm">
      <TicketFilters filters={filters} onChange={setFilters} stations={stations} />
      <Paper
        withBorder
        radius="md"
        className={classes.table}
        data-testid="tickets-list"
        role="table"
      >
        <div className={classes.inner}>
          <div className={`${classes.row} ${classes.header}`} role="row">
            <span>{t('intake.list.columns.reportNo')}</span>
            <span>{t('intake.list.columns.reportedAt')}</span>
            <span>{t('intake.list.columns.customer')}</span>
            <span>{t('intake.list.columns.model')}</span>
            <span>{t('intake.list.columns.serial')}</span>
            <span>{t('intake.list.columns.station')}</span>
            <span>{t('intake.list.columns.warranty')}</span>
            <span>{t('intake.list.columns.status')}</span>
            <span />
          </div>
          <div ref={scrollRef} className={classes.scroll}>
            {rows.length === 0 && !loading && (
              <Text size="sm" c="dimmed" p="md" data-testid="tickets-empty">
                {t('intake.list.empty')}
              </Text>
            )}
            <Box style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((item) => {
                const row = rows[item.index];
                return (
                  <div
                    key={item.key}
                    className={classes.slot}
                    style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                  >
                    {row ? (
                      <Row row={row} onOpen={() => open(row.id)} />
                    ) : (
                      <Group gap="xs" px="md" h={ROW_HEIGHT}>
                        <Loader size={14} />
                        <Text size="xs" c="dimmed">
                          {t('intake.list.loading')}
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
      <Text size="xs" c="dimmed" mt={-4} data-testid="tickets-count">
        {t('intake.list.shown', { count: rows.length })}
        {hasMore ? ` · ${t('intake.list.more')}` : ''}
      </Text>
    </Stack>
  );
}
