import { Badge, Drawer, Group, Loader, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Part, Rate } from '../../../../../main/appraisal/indicators';
import type { TicketFact } from '../../../../../main/appraisal/ticketFacts';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { localDateTime } from '../../../format/dateTime';
import type { Period } from '../PeriodPicker/period';

/** The figure clicked: one side of one rate, for one technician or one station, in a period. */
export type DrillDown = {
  indicator: Indicator;
  part: Part;
  scope: { technicianId: number } | { stationId: number };
  who: string;
  rate: Rate;
  period: Period;
};

type Answer = { part: Part; total: number; tickets: TicketFact[] };

function TicketRows({ tickets }: { tickets: TicketFact[] }) {
  const { t } = useTranslation();
  return (
    <Table striped fz="sm" data-testid="drill-tickets">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('manage.indicators.drawer.columns.reportNo')}</Table.Th>
          <Table.Th>{t('manage.indicators.drawer.columns.reportedAt')}</Table.Th>
          <Table.Th>{t('manage.indicators.drawer.columns.completedAt')}</Table.Th>
          <Table.Th>{t('manage.indicators.drawer.columns.dueDate')}</Table.Th>
          <Table.Th>{t('manage.indicators.drawer.columns.onTime')}</Table.Th>
          <Table.Th>{t('manage.indicators.drawer.columns.rerepair')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tickets.map((f) => (
          <Table.Tr key={f.id} data-testid={`drill-ticket-${f.reportNo}`}>
            <Table.Td ff="monospace">{f.reportNo}</Table.Td>
            <Table.Td>{localDateTime(f.reportedAt)}</Table.Td>
            <Table.Td>{localDateTime(f.completedAt)}</Table.Td>
            <Table.Td>{f.dueDate}</Table.Td>
            <Table.Td>
              <Badge size="sm" variant="light" color={f.onTime ? 'teal' : 'red'}>
                {f.onTime
                  ? t('manage.indicators.drawer.onTime')
                  : t('manage.indicators.drawer.late')}
              </Badge>
            </Table.Td>
            <Table.Td ff="monospace">
              {f.rerepair?.reportNo ?? t('manage.indicators.drawer.none')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The tickets behind a figure (appraisal/tickets): those it counts, or every ticket completed,
 * read from the same facts as the figure, so the list and the number cannot disagree.
 */
export function TicketsDrawer({
  target,
  onClose,
}: {
  target: DrillDown | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [part, setPart] = useState<Part>('numerator');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [shownTarget, setShownTarget] = useState<DrillDown | null>(null);
  if (target !== shownTarget) {
    // A new figure clicked: start from the side it was clicked on.
    setShownTarget(target);
    setAnswer(null);
    if (target) setPart(target.part);
  }

  useEffect(() => {
    if (!target) return;
    let current = true;
    invoke('appraisal/tickets', {
      from: target.period.from,
      to: target.period.to,
      indicator: target.indicator,
      part,
      ...target.scope,
    })
      .then((r) => {
        if (current) setAnswer({ part, ...r });
      })
      .catch((error: unknown) => {
        if (current) notifyError(error);
      });
    return () => {
      current = false;
    };
  }, [target, part]);

  const ready = answer !== null && answer.part === part;
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        target &&
        t('manage.indicators.drawer.title', {
          indicator: t(`manage.indicators.columns.${target.indicator}`),
          who: target.who,
        })
      }
      data-testid="drill-drawer"
    >
      {target && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('manage.indicators.drawer.period', target.period)}
          </Text>
          <Group gap="xs">
            <SegmentedControl
              size="xs"
              value={part}
              onChange={(v) => setPart(v as Part)}
              data={[
                {
                  value: 'numerator',
                  label: t('manage.indicators.drawer.parts.numerator', {
                    n: target.rate.numerator,
                  }),
                },
                {
                  value: 'denominator',
                  label: t('manage.indicators.drawer.parts.denominator', {
                    d: target.rate.denominator,
                  }),
                },
              ]}
              data-testid="drill-part"
            />
            {!ready && <Loader size={14} data-testid="drill-loading" />}
          </Group>
          {ready && (
            <>
              <Text size="sm" data-testid="drill-count" data-total={answer.total}>
                {answer.tickets.length < answer.total
                  ? t('manage.indicators.drawer.limited', {
                      shown: answer.tickets.length,
                      total: answer.total,
                    })
                  : t('manage.indicators.drawer.count', { count: answer.total })}
              </Text>
              {answer.total === 0 ? (
                <Text size="sm" c="dimmed" data-testid="drill-empty">
                  {t('manage.indicators.drawer.empty')}
                </Text>
              ) : (
                <TicketRows tickets={answer.tickets} />
              )}
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
