import '@mantine/charts/styles.css';
import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../main/contract/language';
import type { StationChoice } from '../../../../../main/insight/handlers';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { todayIso } from '../../../format/dateTime';
import { useCan } from '../../../stores/session';
import { PeriodPicker } from '../PeriodPicker/PeriodPicker';
import { presetPeriod, type Period } from '../PeriodPicker/period';
import { printDashboardReport } from './dashboardReportFile';
import { FaultsCard } from './FaultsCard';
import { ListsCard } from './ListsCard';
import { CostTrendCard, EmergencyCard, SatisfactionCard, TurnaroundCard } from './TrendCards';
import { useDashboard, type DashboardFilter } from './useDashboard';
import { BacklogCard, ReceivedCard } from './VolumeCards';

/**
 * The manager's dashboard (issue 10, item 4; policy 6: 數據分析): volume and backlog, faults
 * (Pareto), turnaround, satisfaction, emergency response and warranty cost, all for one page
 * filter (period and station), each chart saved as PNG, the page printed as a report; with
 * today's overdue follow-ups, open complaints and overdue corrective actions beside them.
 */
export function DashboardView({ active }: { active: boolean }) {
  const { t, i18n } = useTranslation();
  const allowed = useCan('insight/volume');
  const mayReadActions = useCan('improvement/list');
  const mayOpenActions = useCan('improvement/open');
  const [period, setPeriod] = useState<Period>(() => presetPeriod('thisYear', todayIso()));
  const [stationId, setStationId] = useState<number | undefined>(undefined);
  const [stations, setStations] = useState<StationChoice[]>([]);
  const [printing, setPrinting] = useState(false);
  const filter: DashboardFilter = { ...period, ...(stationId ? { stationId } : {}) };
  const { figures, loading } = useDashboard(filter, active && allowed);
  const zh = i18n.language === 'zh-TW';

  useEffect(() => {
    if (!active || !allowed) return;
    let current = true;
    invoke('insight/stations', {})
      .then((s) => {
        if (current) setStations(s);
      })
      .catch(notifyError);
    return () => {
      current = false;
    };
  }, [active, allowed]);

  if (!allowed) {
    return (
      <Alert color="gray" data-testid="dash-not-allowed">
        {t('manage.dashboard.notAllowed')}
      </Alert>
    );
  }
  const print = () => {
    if (!figures) return;
    setPrinting(true);
    printDashboardReport(figures.filter, i18n.language as Language)
      .catch(notifyError)
      .finally(() => setPrinting(false));
  };
  return (
    <Stack
      gap="sm"
      data-testid="manage-dashboard"
      data-active={active}
      data-shown={figures ? `${figures.filter.from}/${figures.filter.to}` : undefined}
    >
      <Group gap="xs" wrap="wrap">
        <PeriodPicker value={period} onChange={setPeriod} testId="dash-period" />
        <Select
          size="xs"
          w={200}
          aria-label={t('manage.dashboard.station')}
          placeholder={t('manage.dashboard.allStations')}
          clearable
          value={stationId ? String(stationId) : null}
          onChange={(v) => setStationId(v ? Number(v) : undefined)}
          data={stations.map((s) => ({
            value: String(s.id),
            label: `${s.code} · ${zh ? s.nameZh : s.nameEn}`,
          }))}
          data-testid="dash-station"
        />
        {loading && <Loader size={14} data-testid="dash-loading" />}
        <Button
          ml="auto"
          size="xs"
          leftSection={<IconPrinter size={14} />}
          loading={printing}
          disabled={!figures}
          onClick={print}
          data-testid="dash-print"
        >
          {t('manage.dashboard.print')}
        </Button>
      </Group>
      <ListsCard active={active} canSeeActions={mayReadActions} />
      {figures && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
          <ReceivedCard volume={figures.volume} />
          <BacklogCard volume={figures.volume} />
          <FaultsCard faults={figures.faults} canAct={mayOpenActions} />
          <TurnaroundCard turnaround={figures.turnaround} />
          <CostTrendCard costTrend={figures.costTrend} />
          <SatisfactionCard satisfaction={figures.satisfaction} />
          <EmergencyCard emergency={figures.emergency} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
