import { BarChart, DonutChart } from '@mantine/charts';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCardFor } from './ChartCard';
import type { DashboardFigures } from './useDashboard';

const PALETTE = [
  'blue.6',
  'teal.6',
  'yellow.6',
  'orange.6',
  'red.6',
  'grape.6',
  'cyan.6',
  'lime.6',
];

/** Tickets received per week or month of the filter. */
export function ReceivedCard({ volume }: { volume: DashboardFigures['volume'] }) {
  const { t } = useTranslation();
  const total = volume.received.reduce((s, r) => s + r.tickets, 0);
  return (
    <ChartCardFor
      id="volume"
      summary={t('manage.dashboard.volume.summary', { count: total })}
      empty={total === 0}
    >
      <BarChart
        h={220}
        data={volume.received.map((r) => ({ period: r.period, tickets: r.tickets }))}
        dataKey="period"
        series={[{ name: 'tickets', label: t('manage.dashboard.volume.tickets'), color: 'blue.6' }]}
        tickLine="y"
      />
    </ChartCardFor>
  );
}

/** The tickets open now, by status and by age. */
export function BacklogCard({ volume }: { volume: DashboardFigures['volume'] }) {
  const { t } = useTranslation();
  const { backlog } = volume;
  return (
    <ChartCardFor
      id="backlog"
      summary={t('manage.dashboard.backlog.total', { count: backlog.total })}
      empty={backlog.total === 0}
    >
      <Group align="flex-start" grow>
        <Stack gap={4} align="center">
          <Text size="xs">{t('manage.dashboard.backlog.byStatus')}</Text>
          <DonutChart
            size={150}
            thickness={24}
            withTooltip
            data={backlog.byStatus.map((s, i) => ({
              name: t(`intake.status.${s.status}`, { defaultValue: s.status }),
              value: s.tickets,
              color: PALETTE[i % PALETTE.length],
            }))}
          />
          <Stack gap={0} data-testid="dash-backlog-status">
            {backlog.byStatus.map((s) => (
              <Text key={s.status} size="xs" data-testid={`dash-backlog-status-${s.status}`}>
                {t(`intake.status.${s.status}`, { defaultValue: s.status })}: {s.tickets}
              </Text>
            ))}
          </Stack>
        </Stack>
        <Stack gap={4}>
          <Text size="xs" ta="center">
            {t('manage.dashboard.backlog.byAge')}
          </Text>
          <BarChart
            h={180}
            data={backlog.byAge.map((a) => ({
              age: t(`manage.dashboard.ageBuckets.${a.bucket}`),
              tickets: a.tickets,
            }))}
            dataKey="age"
            series={[
              { name: 'tickets', label: t('manage.dashboard.volume.tickets'), color: 'orange.6' },
            ]}
            tickLine="y"
          />
          <Text size="xs" ta="center" data-testid="dash-backlog-age">
            {backlog.byAge
              .map((a) => `${t(`manage.dashboard.ageBuckets.${a.bucket}`)}: ${a.tickets}`)
              .join(' · ')}
          </Text>
        </Stack>
      </Group>
    </ChartCardFor>
  );
}
