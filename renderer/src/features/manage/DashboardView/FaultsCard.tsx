import { BarChart } from '@mantine/charts';
import { Button, SegmentedControl, Table } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ParetoItem } from '../../../../../main/insight/faults';
import { ChartCardFor } from './ChartCard';
import type { DashboardFigures } from './useDashboard';

type Side = 'symptoms' | 'causes' | 'models';
const SIDES: Side[] = ['symptoms', 'causes', 'models'];

/**
 * Where a corrective action starts from a fault trend (policy 6.2): the improvement register's
 * new-problem form, told the fault code, or the model from the by-model list.
 */
export function actionLink(side: Side, item: ParetoItem): string {
  const q = new URLSearchParams({ new: 'trend' });
  if (side === 'models') q.set('modelId', String(item.id));
  else q.set('faultCode', item.code);
  return `/manage/actions?${q.toString()}`;
}

/** Faults by symptom, cause and model, most first, with the cumulative share (Pareto). */
export function FaultsCard({
  faults,
  canAct,
}: {
  faults: DashboardFigures['faults'];
  canAct: boolean;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [side, setSide] = useState<Side>('symptoms');
  const items = faults[side];
  const zh = i18n.language === 'zh-TW';
  const name = (i: ParetoItem) => (zh ? i.nameZh : i.nameEn) || i.code;
  return (
    <ChartCardFor
      id="faults"
      summary={t('manage.dashboard.faults.summary', {
        faults: faults.faults,
        tickets: faults.tickets,
      })}
      empty={faults.faults === 0}
      below={
        <Table striped fz="xs" data-testid="dash-faults-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('manage.dashboard.faults.code')}</Table.Th>
              <Table.Th>{t('manage.dashboard.faults.name')}</Table.Th>
              <Table.Th ta="right">{t('manage.dashboard.faults.count')}</Table.Th>
              <Table.Th ta="right">{t('manage.dashboard.faults.cumulative')}</Table.Th>
              {canAct && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => (
              <Table.Tr key={i.id} data-testid={`dash-fault-${side}-${i.code}`}>
                <Table.Td>{i.code}</Table.Td>
                <Table.Td>{name(i)}</Table.Td>
                <Table.Td ta="right">{i.count}</Table.Td>
                <Table.Td ta="right">{i.cumulativePercent.toFixed(1)}%</Table.Td>
                {canAct && (
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconTargetArrow size={12} />}
                      onClick={() => void navigate(actionLink(side, i))}
                      data-testid={`dash-fault-action-${side}-${i.code}`}
                    >
                      {t('manage.dashboard.faults.openAction')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      <SegmentedControl
        size="xs"
        value={side}
        onChange={(v) => setSide(v as Side)}
        data={SIDES.map((s) => ({ value: s, label: t(`manage.dashboard.faults.${s}`) }))}
        data-testid="dash-faults-side"
      />
      <BarChart
        h={220}
        data={items.map((i) => ({ code: i.code, count: i.count }))}
        dataKey="code"
        series={[{ name: 'count', label: t('manage.dashboard.faults.count'), color: 'red.6' }]}
        tickLine="y"
      />
    </ChartCardFor>
  );
}
