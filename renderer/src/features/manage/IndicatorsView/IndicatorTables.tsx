import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  StationIndicators,
  TechnicianIndicators,
} from '../../../../../main/appraisal/indicatorHandlers';
import type { FIRST_TIME_FIX_REFERENCE } from '../../../../../main/appraisal/indicators';
import { DefinedHeader } from './DefinedHeader';
import { CostIndexFigure, MeanCostFigure, SatisfactionFigure } from './FigureCells';
import type { FigureDrill } from './FigureDrawer';
import { RateCell } from './RateCell';
import { hours, percent } from './rates';
import type { DrillDown } from './TicketsDrawer';

type Open = (target: Omit<DrillDown, 'period'>) => void;
type OpenFigure = (target: Omit<FigureDrill, 'period'>) => void;
type Reference = typeof FIRST_TIME_FIX_REFERENCE;
type Figures = StationIndicators | TechnicianIndicators;
type Row = { who: string; scope: DrillDown['scope']; figures: Figures };

/** Completed, on-time and success cells of one row; each opens the tickets behind it. */
function RepairCells({ row, onOpen }: { row: Row; onOpen: Open }) {
  const { t } = useTranslation();
  const { figures, who, scope } = row;
  return (
    <>
      <Table.Td ta="right">
        <UnstyledButton
          fw={600}
          fz="sm"
          onClick={() =>
            onOpen({ indicator: 'onTime', part: 'denominator', scope, who, rate: figures.onTime })
          }
          aria-label={t('manage.indicators.openTickets', {
            figure: `${t('manage.indicators.columns.completed')} ${figures.completed}`,
          })}
          data-testid="figure-completed"
        >
          {figures.completed}
        </UnstyledButton>
      </Table.Td>
      {(['onTime', 'success'] as const).map((indicator) => (
        <Table.Td key={indicator} ta="right">
          <RateCell
            rate={figures[indicator]}
            name={t(`manage.indicators.columns.${indicator}`)}
            onOpen={() =>
              onOpen({ indicator, part: 'numerator', scope, who, rate: figures[indicator] })
            }
            testId={`rate-${indicator}`}
          />
        </Table.Td>
      ))}
    </>
  );
}

/** The repair columns' titles, each with the definition the core names for its figures. */
function RepairHeaders({ sample, reference }: { sample: Figures; reference: Reference }) {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th ta="right">{t('manage.indicators.columns.completed')}</Table.Th>
      <Table.Th>
        <DefinedHeader
          title={t('manage.indicators.columns.onTime')}
          definition={sample.onTime.definition}
        />
      </Table.Th>
      <Table.Th>
        <DefinedHeader
          title={t('manage.indicators.columns.success')}
          definition={sample.success.definition}
        />
        {/* Issue 10 item 3: the industry's first-time-fix range, a reference and not a target. */}
        <Text size="xs" c="dimmed" ta="right" fw={400} data-testid="success-reference">
          {t('manage.indicators.successReference', {
            usual: percent(reference.usual),
            best: percent(reference.best),
          })}
        </Text>
      </Table.Th>
      <Table.Th>
        <DefinedHeader
          title={t('manage.indicators.columns.satisfaction')}
          definition={sample.satisfaction.definition}
        />
      </Table.Th>
      <Table.Th>
        <DefinedHeader
          title={t('manage.indicators.columns.cost')}
          definition={sample.cost.definition}
        />
      </Table.Th>
    </>
  );
}

/** Training hours and courses against the period's pro-rata target; opens the records when allowed. */
function TrainingFigure({
  row,
  onOpen,
}: {
  row: TechnicianIndicators;
  onOpen?: (staff: { id: number; name: string }) => void;
}) {
  const { t } = useTranslation();
  const figure = (
    <>
      <Text size="sm">
        {t('manage.indicators.training', {
          count: row.training.courses,
          hours: hours(row.training.minutes),
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('manage.indicators.trainingTarget', {
          hours: hours(row.training.targetMinutes),
          year: row.training.targetHoursPerYear,
        })}
      </Text>
    </>
  );
  if (!onOpen) return <div data-testid="figure-training">{figure}</div>;
  return (
    <UnstyledButton
      onClick={() => onOpen(row.technician)}
      aria-label={t('manage.indicators.trainingRecords.open', { name: row.technician.name })}
      data-testid="figure-training"
    >
      {figure}
    </UnstyledButton>
  );
}

export function TechnicianTable({
  rows,
  reference,
  onOpen,
  onFigure,
  onOpenTraining,
}: {
  rows: TechnicianIndicators[];
  reference: Reference;
  onOpen: Open;
  onFigure: OpenFigure;
  /** Absent for those who may not read another's training (policy 4, confidentiality). */
  onOpenTraining?: (staff: { id: number; name: string }) => void;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="indicators-no-technicians">
        {t('manage.indicators.emptyTechnicians')}
      </Text>
    );
  }
  return (
    <Table striped highlightOnHover data-testid="indicators-technicians">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('manage.indicators.columns.technician')}</Table.Th>
          <RepairHeaders sample={rows[0]} reference={reference} />
          <Table.Th>
            <DefinedHeader
              title={t('manage.indicators.columns.training')}
              definition={rows[0].training.definition}
            />
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.technician.id} data-testid={`indicators-technician-${r.technician.id}`}>
            <Table.Td>{r.technician.name}</Table.Td>
            <RepairCells
              row={{
                who: r.technician.name,
                scope: { technicianId: r.technician.id },
                figures: r,
              }}
              onOpen={onOpen}
            />
            <Table.Td ta="right">
              <SatisfactionFigure
                s={r.satisfaction}
                onOpen={() =>
                  onFigure({
                    kind: 'answers',
                    scope: { technicianId: r.technician.id },
                    who: r.technician.name,
                  })
                }
              />
            </Table.Td>
            <Table.Td ta="right">
              <CostIndexFigure
                c={r.cost}
                onOpen={() =>
                  onFigure({
                    kind: 'costs',
                    scope: { technicianId: r.technician.id },
                    who: r.technician.name,
                  })
                }
              />
            </Table.Td>
            <Table.Td ta="right">
              <TrainingFigure row={r} onOpen={onOpenTraining} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function StationTable({
  rows,
  reference,
  onOpen,
  onFigure,
}: {
  rows: StationIndicators[];
  reference: Reference;
  onOpen: Open;
  onFigure: OpenFigure;
}) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="indicators-no-stations">
        {t('manage.indicators.emptyStations')}
      </Text>
    );
  }
  return (
    <Table striped highlightOnHover data-testid="indicators-stations">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('manage.indicators.columns.station')}</Table.Th>
          <RepairHeaders sample={rows[0]} reference={reference} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => {
          const who = `${r.station.code} · ${i18n.language === 'zh-TW' ? r.station.nameZh : r.station.name}`;
          return (
            <Table.Tr key={r.station.id} data-testid={`indicators-station-${r.station.id}`}>
              <Table.Td>{who}</Table.Td>
              <RepairCells
                row={{ who, scope: { stationId: r.station.id }, figures: r }}
                onOpen={onOpen}
              />
              <Table.Td ta="right">
                <SatisfactionFigure
                  s={r.satisfaction}
                  onOpen={() =>
                    onFigure({ kind: 'answers', scope: { stationId: r.station.id }, who })
                  }
                />
              </Table.Td>
              <Table.Td ta="right">
                <MeanCostFigure
                  c={r.cost}
                  onOpen={() =>
                    onFigure({ kind: 'costs', scope: { stationId: r.station.id }, who })
                  }
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
