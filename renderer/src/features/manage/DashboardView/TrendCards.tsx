import { BarChart, LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { useDepotSettings } from '../../../stores/depotSettings';
import { formatMoney } from '../CostReportView/costFormat';
import { fromMinorUnits } from '../../../format/money';
import { ChartCardFor } from './ChartCard';
import type { DashboardFigures } from './useDashboard';

/** Tickets handed back by working days from reported to handed back. */
export function TurnaroundCard({ turnaround }: { turnaround: DashboardFigures['turnaround'] }) {
  const { t } = useTranslation();
  return (
    <ChartCardFor
      id="turnaround"
      summary={t('manage.dashboard.turnaround.summary', { count: turnaround.completed })}
      empty={turnaround.completed === 0}
    >
      <BarChart
        h={220}
        data={turnaround.buckets.map((b) => ({ days: b.bucket, tickets: b.tickets }))}
        dataKey="days"
        series={[
          { name: 'tickets', label: t('manage.dashboard.turnaround.tickets'), color: 'teal.6' },
        ]}
        tickLine="y"
      />
    </ChartCardFor>
  );
}

/** Follow-up answers and their mean score per month. */
export function SatisfactionCard({
  satisfaction,
}: {
  satisfaction: DashboardFigures['satisfaction'];
}) {
  const { t } = useTranslation();
  return (
    <ChartCardFor
      id="satisfaction"
      summary={t('manage.dashboard.satisfaction.summary', {
        answers: satisfaction.answers,
        mean: satisfaction.meanScore?.toFixed(2) ?? '-',
      })}
      empty={satisfaction.answers === 0}
    >
      <LineChart
        h={220}
        data={satisfaction.months.map((m) => ({
          month: m.period,
          mean: m.meanScore,
          answers: m.answers,
        }))}
        dataKey="month"
        yAxisProps={{ domain: [0, 5] }}
        connectNulls={false}
        series={[
          { name: 'mean', label: t('manage.dashboard.satisfaction.mean'), color: 'grape.6' },
        ]}
      />
    </ChartCardFor>
  );
}

/** Emergency tickets per month: response met, missed, pending. */
export function EmergencyCard({ emergency }: { emergency: DashboardFigures['emergency'] }) {
  const { t } = useTranslation();
  const total = emergency.months.reduce((s, m) => s + m.tickets, 0);
  const sum = (k: 'met' | 'missed' | 'pending') => emergency.months.reduce((s, m) => s + m[k], 0);
  return (
    <ChartCardFor
      id="emergency"
      explainValues={{ hours: emergency.responseHours }}
      summary={`${t('manage.dashboard.emergency.met')} ${sum('met')} · ${t('manage.dashboard.emergency.missed')} ${sum('missed')} · ${t('manage.dashboard.emergency.pending')} ${sum('pending')}`}
      empty={total === 0}
    >
      <BarChart
        h={220}
        type="stacked"
        data={emergency.months.map((m) => ({
          month: m.period,
          met: m.met,
          missed: m.missed,
          pending: m.pending,
        }))}
        dataKey="month"
        withLegend
        series={[
          { name: 'met', label: t('manage.dashboard.emergency.met'), color: 'teal.6' },
          { name: 'missed', label: t('manage.dashboard.emergency.missed'), color: 'red.6' },
          { name: 'pending', label: t('manage.dashboard.emergency.pending'), color: 'gray.5' },
        ]}
      />
    </ChartCardFor>
  );
}

/** Company-borne against billed per month (accounting/costTrend). */
export function CostTrendCard({ costTrend }: { costTrend: DashboardFigures['costTrend'] }) {
  const { t } = useTranslation();
  const currency = useDepotSettings((s) => s.settings?.locale.currency ?? 'TWD');
  const company = costTrend.months.reduce((s, m) => s + m.companyBorne, 0);
  const billed = costTrend.months.reduce((s, m) => s + m.billed, 0);
  return (
    <ChartCardFor
      id="costTrend"
      explainValues={{ currency }}
      summary={`${t('manage.dashboard.costTrend.companyBorne')} ${formatMoney(company, currency)} · ${t('manage.dashboard.costTrend.billed')} ${formatMoney(billed, currency)}`}
      empty={costTrend.months.every((m) => m.tickets === 0)}
    >
      <BarChart
        h={220}
        data={costTrend.months.map((m) => ({
          month: m.month,
          companyBorne: fromMinorUnits(m.companyBorne, currency),
          billed: fromMinorUnits(m.billed, currency),
        }))}
        dataKey="month"
        withLegend
        series={[
          {
            name: 'companyBorne',
            label: t('manage.dashboard.costTrend.companyBorne'),
            color: 'blue.6',
          },
          { name: 'billed', label: t('manage.dashboard.costTrend.billed'), color: 'orange.6' },
        ]}
      />
    </ChartCardFor>
  );
}
