import { Button, EmptyState, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { IconFileExport, IconShieldCheck } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReorderRow } from '../../../../../main/stock/replenishment';
import { notifySuccess } from '../../../errors/notifyError';
import { downloadText } from '../PartsView/PartsCsv/csvFile';
import { formatQty } from '../partsFormat';
import type { reorderEn } from '../../../i18n/stockroom/reorder.en';
import { PartCells } from './PartCells';
import { CSV_COLUMNS, reorderCsv, reorderFileName, toOrder, type CsvColumn } from './reorderCsv';
import { useReorder } from './useReplenishment';
import { VirtualRows } from './VirtualRows';
import classes from './ReorderView.module.css';

/** Usage windows the keeper picks from; 90 days is the core's default. */
const USAGE_DAYS = [30, 90, 180] as const;

function Row({ row, onOpen }: { row: ReorderRow; onOpen: (partId: number) => void }) {
  const { t } = useTranslation();
  const below = row.onHand < row.safetyStock;
  return (
    <div
      className={`${classes.row} ${classes.reorder}`}
      role="row"
      data-below-safety={below || undefined}
      data-testid={`reorder-row-${row.partNo}`}
    >
      <PartCells part={row} onOpen={onOpen} />
      <span
        className={`${classes.num} ${below ? classes.low : ''}`}
        title={below ? t('stockroom.reorder.reorder.belowSafetyHint') : undefined}
        data-testid="reorder-on-hand"
      >
        {formatQty(row.onHand)}
      </span>
      <span className={classes.num}>{formatQty(row.safetyStock)}</span>
      <span className={classes.num}>{formatQty(row.reorderPoint)}</span>
      <span className={classes.num}>{formatQty(row.usage)}</span>
      <span
        className={`${classes.num} ${row.supplier === null ? classes.assumed : ''}`}
        title={row.supplier === null ? t('stockroom.reorder.reorder.noSupplier') : undefined}
      >
        {t('stockroom.reorder.reorder.leadDays', { days: row.leadTimeDays })}
      </span>
      <span className={classes.cell} title={row.supplier ?? undefined}>
        {row.supplier ?? '—'}
      </span>
      <span className={`${classes.num} ${classes.strong}`} data-testid="reorder-suggested">
        {formatQty(row.suggested)}
      </span>
    </div>
  );
}

/**
 * What to order (policy 5.2: a safety stock level per part to avoid shortage): parts below
 * safety stock or at their reorder point, the furthest below first, with the quantity that
 * tops each up to its reorder point; the list goes to purchasing as a CSV file.
 */
export function ReorderList({
  active,
  switcher,
  onOpen,
}: {
  active: boolean;
  /** The section switch, at the start of the toolbar. */
  switcher: ReactNode;
  onOpen: (partId: number) => void;
}) {
  const { t } = useTranslation();
  const [usageDays, setUsageDays] = useState<number>(90);
  const { data, loading } = useReorder(usageDays, active);
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const shownDays = data?.days ?? usageDays;
  const orders = useMemo(() => toOrder(rows), [rows]);
  const units = orders.reduce((sum, r) => sum + r.suggested, 0);

  function exportCsv() {
    const titles = Object.fromEntries(
      CSV_COLUMNS.map((c) => [c, t(`stockroom.reorder.csv.${c}`, { days: shownDays })]),
    ) as Record<CsvColumn, string>;
    const file = reorderFileName();
    downloadText(reorderCsv(rows, titles), file);
    notifySuccess(t('stockroom.reorder.reorder.exported', { count: orders.length, file }));
  }

  const column = (key: keyof typeof reorderEn.reorder.columns) =>
    t(`stockroom.reorder.reorder.columns.${key}`, { days: shownDays });
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap">
        {switcher}
        <Select
          size="xs"
          w={230}
          aria-label={t('stockroom.reorder.reorder.usageWindow')}
          data={USAGE_DAYS.map((d) => ({
            value: String(d),
            label: t('stockroom.reorder.reorder.usageDays', { days: d }),
          }))}
          value={String(usageDays)}
          onChange={(v) => v && setUsageDays(Number(v))}
          allowDeselect={false}
          data-testid="reorder-usage-days"
        />
        {loading && <Loader size={14} data-testid="reorder-loading" />}
        <Button
          ml="auto"
          size="xs"
          variant="default"
          leftSection={<IconFileExport size={14} />}
          disabled={orders.length === 0}
          onClick={exportCsv}
          data-testid="reorder-export"
        >
          {t('stockroom.reorder.reorder.export')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('stockroom.reorder.reorder.explain')}
      </Text>
      <VirtualRows
        rows={rows}
        rowKey={(r) => r.partId}
        resetKey={data?.days}
        label={t('stockroom.reorder.reorder.listLabel')}
        testId="reorder-list"
        header={
          <div className={`${classes.row} ${classes.reorder} ${classes.header}`} role="row">
            <span>{column('partNo')}</span>
            <span>{column('name')}</span>
            <span>{column('bin')}</span>
            <span className={classes.num}>{column('onHand')}</span>
            <span className={classes.num}>{column('safety')}</span>
            <span className={classes.num}>{column('reorderPoint')}</span>
            <span className={classes.num}>{column('usage')}</span>
            <span className={classes.num}>{column('leadTime')}</span>
            <span>{column('supplier')}</span>
            <span className={classes.num}>{column('suggested')}</span>
          </div>
        }
        renderRow={(row) => <Row row={row} onOpen={onOpen} />}
        empty={
          data && (
            <EmptyState
              py="xl"
              icon={<IconShieldCheck size={28} stroke={1.5} />}
              withIndicatorBackground
              title={t('stockroom.reorder.reorder.emptyTitle')}
              description={t('stockroom.reorder.reorder.emptyBody', { days: shownDays })}
              data-testid="reorder-empty"
            />
          )
        }
      />
      {data && (
        <Text size="xs" c="dimmed" mt={-4} data-testid="reorder-count">
          {t('stockroom.reorder.reorder.count', {
            count: rows.length,
            parts: formatQty(rows.length),
            units: formatQty(units),
          })}
        </Text>
      )}
    </Stack>
  );
}
