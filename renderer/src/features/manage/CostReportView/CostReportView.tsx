import { Alert, Button, EmptyState, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter, IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodFigures, PeriodLine } from '../../../../../main/accounting/periodReport';
import type { Language } from '../../../../../main/contract/language';
import { invoke } from '../../../bridge';
import { notifyError, notifySuccess } from '../../../errors/notifyError';
import { todayIso } from '../../../format/dateTime';
import { useDepotSettings } from '../../../stores/depotSettings';
import { useCan } from '../../../stores/session';
import { PeriodPicker } from '../PeriodPicker/PeriodPicker';
import { presetPeriod, type Period } from '../PeriodPicker/period';
import { usePeriodQuery } from '../PeriodPicker/usePeriodQuery';
import { formatCount, formatMoney } from './costFormat';
import { exportCostCsv, printCostReport } from './costReportFiles';

const loadReport = (period: Period) => invoke('accounting/periodReport', period);

// Billed and paid (issue 10, item 1): what customers were charged at the price rules and paid.
const MONEY = [
  'labourCost',
  'partsCost',
  'companyBorne',
  'customerBorne',
  'billed',
  'paid',
] as const;

/** The figures of a line or of the totals, in the columns' order. */
function FigureCells({ f, currency }: { f: PeriodFigures; currency: string }) {
  return (
    <>
      <Table.Td ta="right" data-testid="cost-tickets">
        {formatCount(f.tickets)}
      </Table.Td>
      <Table.Td ta="right" data-testid="cost-labourMinutes">
        {formatCount(f.labourMinutes)}
      </Table.Td>
      {MONEY.map((k) => (
        <Table.Td key={k} ta="right" data-testid={`cost-${k}`}>
          {formatMoney(f[k], currency)}
        </Table.Td>
      ))}
    </>
  );
}

function lineKey(l: PeriodLine): string {
  return `${l.station.code}-${l.productType.code}`;
}

/**
 * The period cost report (費用核算; issue 10 item 1, policy 3.5): what the tickets handed back in
 * a period cost, per repair station and product type, with the totals finance reconciles with
 * each station (定期與維修站點核對), exported as CSV or printed to sign.
 */
export function CostReportView({ active }: { active: boolean }) {
  const { t, i18n } = useTranslation();
  const currency = useDepotSettings((s) => s.settings?.locale.currency ?? 'TWD');
  const [period, setPeriod] = useState<Period>(() => presetPeriod('thisMonth', todayIso()));
  const [busy, setBusy] = useState<'csv' | 'print' | null>(null);
  const allowed = useCan('accounting/periodReport');
  const { data, loading } = usePeriodQuery(loadReport, period, active && allowed);
  const report = data?.value;
  // Export and print what is on screen: the period of the figures shown.
  const shown = data?.period ?? period;
  const zh = i18n.language === 'zh-TW';
  const name = (n: { code: string; nameEn: string; nameZh: string }) =>
    `${n.code} · ${zh ? n.nameZh : n.nameEn}`;

  const run = (kind: 'csv' | 'print', work: () => Promise<void>) => {
    setBusy(kind);
    work()
      .catch(notifyError)
      .finally(() => setBusy(null));
  };
  const exportCsv = () =>
    run('csv', async () => {
      const { fileName, lines } = await exportCostCsv(shown);
      notifySuccess(t('manage.costReport.exported', { count: lines, file: fileName }));
    });
  const print = () =>
    run('print', async () => {
      await printCostReport(shown, i18n.language as Language);
    });

  const column = (k: (typeof MONEY)[number]) => t(`manage.costReport.columns.${k}`, { currency });
  if (!allowed) {
    return (
      <Alert color="gray" data-testid="cost-not-allowed">
        {t('manage.costReport.notAllowed')}
      </Alert>
    );
  }
  return (
    <Stack
      gap="sm"
      data-testid="manage-cost-report"
      data-active={active}
      data-shown={data ? `${data.period.from}/${data.period.to}` : undefined}
    >
      <Group gap="xs" wrap="wrap">
        <PeriodPicker value={period} onChange={setPeriod} testId="cost-period" />
        {loading && <Loader size={14} data-testid="cost-loading" />}
        <Group gap="xs" ml="auto">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileSpreadsheet size={14} />}
            loading={busy === 'csv'}
            disabled={!report}
            onClick={exportCsv}
            data-testid="cost-export"
          >
            {t('manage.costReport.export')}
          </Button>
          <Button
            size="xs"
            leftSection={<IconPrinter size={14} />}
            loading={busy === 'print'}
            disabled={!report}
            onClick={print}
            data-testid="cost-print"
          >
            {t('manage.costReport.print')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t('manage.costReport.explain')}
      </Text>
      {report && (
        <Text size="sm" data-testid="cost-rate">
          {t('manage.costReport.rate', {
            rate: formatMoney(report.labourRatePerHour, currency),
            currency,
          })}
        </Text>
      )}
      {report && report.lines.length === 0 && (
        <EmptyState
          py="xl"
          icon={<IconReceipt size={28} stroke={1.5} />}
          withIndicatorBackground
          title={t('manage.costReport.emptyTitle')}
          description={t('manage.costReport.emptyBody')}
          data-testid="cost-empty"
        />
      )}
      {report && report.lines.length > 0 && (
        <Table striped highlightOnHover data-testid="cost-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('manage.costReport.columns.station')}</Table.Th>
              <Table.Th>{t('manage.costReport.columns.productType')}</Table.Th>
              <Table.Th ta="right">{t('manage.costReport.columns.tickets')}</Table.Th>
              <Table.Th ta="right">{t('manage.costReport.columns.labourMinutes')}</Table.Th>
              {MONEY.map((k) => (
                <Table.Th key={k} ta="right">
                  {column(k)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.lines.map((l) => (
              <Table.Tr key={lineKey(l)} data-testid={`cost-line-${lineKey(l)}`}>
                <Table.Td>{name(l.station)}</Table.Td>
                <Table.Td>{name(l.productType)}</Table.Td>
                <FigureCells f={l} currency={currency} />
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700} data-testid="cost-totals">
              <Table.Td colSpan={2}>{t('manage.costReport.total')}</Table.Td>
              <FigureCells f={report.totals} currency={currency} />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    </Stack>
  );
}
