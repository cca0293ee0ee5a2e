import { Drawer, Loader, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostDrillRow } from '../../../../../main/appraisal/drillDownHandlers';
import type { Answer } from '../../../../../main/appraisal/satisfaction';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { localDateTime } from '../../../format/dateTime';
import { useDepotSettings } from '../../../stores/depotSettings';
import { formatMoney } from '../CostReportView/costFormat';
import type { Period } from '../PeriodPicker/period';

/** The satisfaction or cost figure clicked, for one technician or one station, in a period. */
export type FigureDrill = {
  kind: 'answers' | 'costs';
  scope: { technicianId: number } | { stationId: number };
  who: string;
  period: Period;
};

type Loaded =
  | { kind: 'answers'; total: number; answers: Answer[] }
  | { kind: 'costs'; total: number; tickets: CostDrillRow[] };

type Column =
  | 'reportNo'
  | 'completedAt'
  | 'answeredAt'
  | 'score'
  | 'comments'
  | 'productType'
  | 'labour'
  | 'parts'
  | 'total'
  | 'stationMean';

function AnswerRows({ answers }: { answers: Answer[] }) {
  const { t } = useTranslation();
  const c = (k: Column) => t(`manage.indicators.figureDrawer.columns.${k}`);
  return (
    <Table striped fz="sm" data-testid="drill-answers">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{c('reportNo')}</Table.Th>
          <Table.Th>{c('completedAt')}</Table.Th>
          <Table.Th>{c('answeredAt')}</Table.Th>
          <Table.Th ta="right">{c('score')}</Table.Th>
          <Table.Th>{c('comments')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {answers.map((a) => (
          <Table.Tr key={a.ticketId} data-testid={`drill-answer-${a.reportNo}`}>
            <Table.Td ff="monospace">{a.reportNo}</Table.Td>
            <Table.Td>{localDateTime(a.completedAt)}</Table.Td>
            <Table.Td>{localDateTime(a.answeredAt)}</Table.Td>
            <Table.Td ta="right">{a.score}</Table.Td>
            <Table.Td>{a.comments ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function CostRows({ tickets }: { tickets: CostDrillRow[] }) {
  const { t, i18n } = useTranslation();
  const currency = useDepotSettings((s) => s.settings?.locale.currency ?? 'TWD');
  const money = (n: number) => formatMoney(Math.round(n), currency);
  const c = (k: Column) => t(`manage.indicators.figureDrawer.columns.${k}`);
  return (
    <Table striped fz="sm" data-testid="drill-costs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{c('reportNo')}</Table.Th>
          <Table.Th>{c('productType')}</Table.Th>
          <Table.Th ta="right">{c('labour')}</Table.Th>
          <Table.Th ta="right">{c('parts')}</Table.Th>
          <Table.Th ta="right">{c('total')}</Table.Th>
          <Table.Th ta="right">{c('stationMean')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tickets.map((r) => (
          <Table.Tr key={r.ticketId} data-testid={`drill-cost-${r.reportNo}`}>
            <Table.Td ff="monospace">{r.reportNo}</Table.Td>
            <Table.Td>
              {i18n.language === 'zh-TW' ? r.productType.nameZh : r.productType.name}
            </Table.Td>
            <Table.Td ta="right">{money(r.labourCost)}</Table.Td>
            <Table.Td ta="right">{money(r.partsCost)}</Table.Td>
            <Table.Td ta="right" fw={600}>
              {money(r.total)}
            </Table.Td>
            <Table.Td ta="right">{money(r.stationMean)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const load = (d: FigureDrill): Promise<Loaded> => {
  const input = { from: d.period.from, to: d.period.to, ...d.scope };
  return d.kind === 'answers'
    ? invoke('appraisal/answers', input).then((r) => ({ kind: 'answers' as const, ...r }))
    : invoke('appraisal/costs', input).then((r) => ({ kind: 'costs' as const, ...r }));
};

/**
 * The answers behind a satisfaction figure (appraisal/answers) or the costed tickets behind a
 * cost figure (appraisal/costs), read from the same completed tickets as the figure.
 */
export function FigureDrawer({
  target,
  onClose,
}: {
  target: FigureDrill | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [shown, setShown] = useState<FigureDrill | null>(null);
  if (target !== shown) {
    setShown(target);
    setLoaded(null);
  }

  useEffect(() => {
    if (!target) return;
    let current = true;
    load(target)
      .then((r) => {
        if (current) setLoaded(r);
      })
      .catch((error: unknown) => {
        if (current) notifyError(error);
      });
    return () => {
      current = false;
    };
  }, [target]);

  const rows = loaded ? (loaded.kind === 'answers' ? loaded.answers : loaded.tickets) : [];
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        target &&
        t('manage.indicators.drawer.title', {
          indicator: t(`manage.indicators.figureDrawer.${target.kind}`),
          who: target.who,
        })
      }
      data-testid="figure-drawer"
    >
      {target && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('manage.indicators.drawer.period', target.period)}
          </Text>
          {!loaded && <Loader size={14} data-testid="figure-loading" />}
          {loaded && (
            <>
              <Text size="sm" data-testid="figure-count">
                {rows.length < loaded.total
                  ? t('manage.indicators.drawer.limited', {
                      shown: rows.length,
                      total: loaded.total,
                    })
                  : t(`manage.indicators.figureDrawer.count.${loaded.kind}`, {
                      count: loaded.total,
                    })}
              </Text>
              {loaded.total === 0 ? (
                <Text size="sm" c="dimmed" data-testid="figure-empty">
                  {t('manage.indicators.drawer.empty')}
                </Text>
              ) : loaded.kind === 'answers' ? (
                <AnswerRows answers={loaded.answers} />
              ) : (
                <CostRows tickets={loaded.tickets} />
              )}
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
