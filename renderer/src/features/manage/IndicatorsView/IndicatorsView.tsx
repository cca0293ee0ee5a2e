import { Alert, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../bridge';
import { todayIso } from '../../../format/dateTime';
import { useCan } from '../../../stores/session';
import { PeriodPicker } from '../PeriodPicker/PeriodPicker';
import { presetPeriod, type Period } from '../PeriodPicker/period';
import { usePeriodQuery } from '../PeriodPicker/usePeriodQuery';
import type { DefinitionKey } from './DefinedHeader';
import { FigureDrawer, type FigureDrill } from './FigureDrawer';
import { StationTable, TechnicianTable } from './IndicatorTables';
import { TicketsDrawer, type DrillDown } from './TicketsDrawer';
import { TrainingDrawer, type TrainingTarget } from './TrainingDrawer';

const loadIndicators = (period: Period) => invoke('appraisal/indicators', period);

/**
 * The appraisal indicators (考核指標; issue 10 item 3, policy 4) per technician and per repair
 * station for a period: each rate as the core counts it (n / d) with its definition beside it,
 * and the tickets behind every figure one click away.
 */
export function IndicatorsView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>(() => presetPeriod('thisMonth', todayIso()));
  const [drill, setDrill] = useState<DrillDown | null>(null);
  const [figure, setFigure] = useState<FigureDrill | null>(null);
  const [training, setTraining] = useState<TrainingTarget | null>(null);
  const [version, setVersion] = useState(0);
  const allowed = useCan('appraisal/indicators');
  const { data, loading } = usePeriodQuery(loadIndicators, period, active && allowed, version);
  const answer = data?.value;

  const open = (target: Omit<DrillDown, 'period'>) => {
    if (data) setDrill({ ...target, period: data.period });
  };
  const openFigure = (target: Omit<FigureDrill, 'period'>) => {
    if (data) setFigure({ ...target, period: data.period });
  };
  // The definitions named by the figures themselves, once each, in the order they appear.
  const first = answer?.technicians[0];
  const definitions: DefinitionKey[] = [
    ...new Set([
      ...(first
        ? [
            first.onTime.definition,
            first.success.definition,
            first.satisfaction.definition,
            first.cost.definition,
            first.training.definition,
          ]
        : []),
      ...(answer?.stations[0]
        ? [
            answer.stations[0].onTime.definition,
            answer.stations[0].success.definition,
            answer.stations[0].satisfaction.definition,
            answer.stations[0].cost.definition,
          ]
        : []),
    ]),
  ];

  if (!allowed) {
    return (
      <Alert color="gray" data-testid="indicators-not-allowed">
        {t('manage.indicators.notAllowed')}
      </Alert>
    );
  }
  return (
    <Stack
      gap="sm"
      data-testid="manage-indicators"
      data-active={active}
      data-shown={data ? `${data.period.from}/${data.period.to}` : undefined}
    >
      <Group gap="xs" wrap="wrap">
        <PeriodPicker value={period} onChange={setPeriod} testId="indicators-period" />
        {loading && <Loader size={14} data-testid="indicators-loading" />}
      </Group>
      <Text size="xs" c="dimmed">
        {t('manage.indicators.explain')}
      </Text>
      {answer && (
        <>
          <Title order={4}>{t('manage.indicators.technicians')}</Title>
          <TechnicianTable
            rows={answer.technicians}
            reference={answer.reference.success}
            onOpen={open}
            onFigure={openFigure}
            onOpenTraining={
              answer.actions.readTraining && data
                ? (staff) =>
                    setTraining({ staffId: staff.id, name: staff.name, period: data.period })
                : undefined
            }
          />
          <Title order={4}>{t('manage.indicators.stations')}</Title>
          <StationTable
            rows={answer.stations}
            reference={answer.reference.success}
            onOpen={open}
            onFigure={openFigure}
          />
          {definitions.length > 0 && (
            <Paper withBorder p="sm" data-testid="indicators-definitions">
              <Text size="sm" fw={600} mb={4}>
                {t('manage.indicators.definitionsTitle')}
              </Text>
              <List size="sm" spacing={2}>
                {definitions.map((d) => (
                  <List.Item key={d} data-testid={`legend-${d}`}>
                    {t(`manage.indicators.definitions.${d}`)}
                  </List.Item>
                ))}
              </List>
              <Text size="xs" c="dimmed" mt={6}>
                {t('manage.indicators.industry')}
              </Text>
            </Paper>
          )}
        </>
      )}
      <TicketsDrawer target={drill} onClose={() => setDrill(null)} />
      <FigureDrawer target={figure} onClose={() => setFigure(null)} />
      <TrainingDrawer
        target={training}
        onClose={() => setTraining(null)}
        onRecorded={() => setVersion((v) => v + 1)}
      />
    </Stack>
  );
}
