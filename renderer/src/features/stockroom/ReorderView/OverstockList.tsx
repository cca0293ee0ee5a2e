import { Badge, EmptyState, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { IconPackages } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverstockRow } from '../../../../../main/stock/replenishment';
import { localDay } from '../../../format/dateTime';
import { formatCost, formatQty, useCurrency } from '../partsFormat';
import type { reorderEn } from '../../../i18n/stockroom/reorder.en';
import { PartCells } from './PartCells';
import { useOverstock } from './useReplenishment';
import { VirtualRows } from './VirtualRows';
import classes from './ReorderView.module.css';

/** Idle thresholds the keeper picks from; 180 days is the core's default. */
const IDLE_DAYS = [90, 180, 365] as const;

function Reason({ row }: { row: OverstockRow }) {
  const { t } = useTranslation();
  if (row.reason === 'above_max') {
    return (
      <Badge size="sm" color="orange" variant="light" data-testid="overstock-reason">
        {t('stockroom.reorder.overstock.aboveMax')}
      </Badge>
    );
  }
  return (
    <Badge size="sm" color="gray" variant="light" data-testid="overstock-reason">
      {row.lastMoveAt
        ? t('stockroom.reorder.overstock.idleSince', { date: localDay(row.lastMoveAt) })
        : t('stockroom.reorder.overstock.idle')}
    </Badge>
  );
}

function Row({
  row,
  currency,
  onOpen,
}: {
  row: OverstockRow;
  currency: string;
  onOpen: (partId: number) => void;
}) {
  return (
    <div
      className={`${classes.row} ${classes.overstock}`}
      role="row"
      data-reason={row.reason}
      data-testid={`overstock-row-${row.partNo}`}
    >
      <PartCells part={row} onOpen={onOpen} />
      <span>
        <Reason row={row} />
      </span>
      <span className={classes.num}>{formatQty(row.onHand)}</span>
      <span className={classes.num}>{formatQty(row.maxStock)}</span>
      <span className={`${classes.num} ${classes.strong}`}>{formatQty(row.excess)}</span>
      <span className={classes.num} data-testid="overstock-value">
        {formatCost(row.value, currency)}
      </span>
    </div>
  );
}

/**
 * What to clear (policy 5.2: overstocked parts are identified for clearance or return to the
 * supplier): parts above their maximum, and parts whose stock has not moved for the chosen
 * time, the most valuable first, with what their excess is worth at the moving-average cost.
 */
export function OverstockList({
  active,
  switcher,
  onOpen,
}: {
  active: boolean;
  switcher: ReactNode;
  onOpen: (partId: number) => void;
}) {
  const { t } = useTranslation();
  const currency = useCurrency();
  const [idleDays, setIdleDays] = useState<number>(180);
  const { data, loading } = useOverstock(idleDays, active);
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const shownDays = data?.days ?? idleDays;
  const total = useMemo(() => rows.reduce((sum, r) => sum + r.value, 0), [rows]);

  const column = (key: keyof typeof reorderEn.overstock.columns) =>
    t(`stockroom.reorder.overstock.columns.${key}`, { currency });
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap">
        {switcher}
        <Select
          size="xs"
          w={230}
          aria-label={t('stockroom.reorder.overstock.idleWindow')}
          data={IDLE_DAYS.map((d) => ({
            value: String(d),
            label: t('stockroom.reorder.overstock.idleDays', { days: d }),
          }))}
          value={String(idleDays)}
          onChange={(v) => v && setIdleDays(Number(v))}
          allowDeselect={false}
          data-testid="overstock-idle-days"
        />
        {loading && <Loader size={14} data-testid="overstock-loading" />}
        {data && (
          <Text ml="auto" size="sm" fw={600} data-testid="overstock-total">
            {t('stockroom.reorder.overstock.total', {
              value: formatCost(total, currency),
              currency,
            })}
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('stockroom.reorder.overstock.explain')}
      </Text>
      <VirtualRows
        rows={rows}
        rowKey={(r) => r.partId}
        resetKey={data?.days}
        label={t('stockroom.reorder.overstock.listLabel')}
        testId="overstock-list"
        header={
          <div className={`${classes.row} ${classes.overstock} ${classes.header}`} role="row">
            <span>{column('partNo')}</span>
            <span>{column('name')}</span>
            <span>{column('bin')}</span>
            <span>{column('reason')}</span>
            <span className={classes.num}>{column('onHand')}</span>
            <span className={classes.num}>{column('maxStock')}</span>
            <span className={classes.num}>{column('excess')}</span>
            <span className={classes.num}>{column('value')}</span>
          </div>
        }
        renderRow={(row) => <Row row={row} currency={currency} onOpen={onOpen} />}
        empty={
          data && (
            <EmptyState
              py="xl"
              icon={<IconPackages size={28} stroke={1.5} />}
              withIndicatorBackground
              title={t('stockroom.reorder.overstock.emptyTitle')}
              description={t('stockroom.reorder.overstock.emptyBody', { days: shownDays })}
              data-testid="overstock-empty"
            />
          )
        }
      />
      {data && (
        <Text size="xs" c="dimmed" mt={-4} data-testid="overstock-count">
          {t('stockroom.reorder.overstock.count', {
            count: rows.length,
            parts: formatQty(rows.length),
          })}
        </Text>
      )}
    </Stack>
  );
}
