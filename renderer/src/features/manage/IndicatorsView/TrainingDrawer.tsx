import { Badge, Divider, Drawer, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingRecord, TrainingTotals } from '../../../../../main/appraisal/training';
import { invoke } from '../../../bridge';
import { notifyError, notifySuccess } from '../../../errors/notifyError';
import { useCan } from '../../../stores/session';
import type { Period } from '../PeriodPicker/period';
import { hours } from './rates';
import { TrainingForm } from './TrainingForm';

/** Whose training, over which period (the indicators' period). */
export type TrainingTarget = { staffId: number; name: string; period: Period };

type Answer = { records: TrainingRecord[]; totals: TrainingTotals; truncated: boolean };

const RESULT_COLOR = { passed: 'teal', failed: 'red', attended: 'gray' } as const;

function Records({ records }: { records: TrainingRecord[] }) {
  const { t } = useTranslation();
  const col = (k: 'date' | 'course' | 'kind' | 'length' | 'trainer' | 'result') =>
    t(`manage.indicators.trainingRecords.columns.${k}`);
  return (
    <Table striped fz="sm" data-testid="training-records">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{col('date')}</Table.Th>
          <Table.Th>{col('course')}</Table.Th>
          <Table.Th>{col('kind')}</Table.Th>
          <Table.Th ta="right">{col('length')}</Table.Th>
          <Table.Th>{col('trainer')}</Table.Th>
          <Table.Th>{col('result')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.map((r) => (
          <Table.Tr key={r.id} data-testid={`training-record-${r.id}`}>
            <Table.Td>{r.date}</Table.Td>
            <Table.Td>{r.course}</Table.Td>
            <Table.Td>{t(`manage.indicators.trainingRecords.kinds.${r.kind}`)}</Table.Td>
            <Table.Td ta="right">
              {t('manage.indicators.trainingRecords.minutes', { minutes: r.minutes })}
            </Table.Td>
            <Table.Td>{r.trainer}</Table.Td>
            <Table.Td>
              <Badge size="sm" variant="light" color={RESULT_COLOR[r.result]}>
                {t(`manage.indicators.trainingRecords.results.${r.result}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * A staff member's training records in the period (training/list), and for supervisors and
 * admins the form to record a course (training/record). A recorded course changes the
 * indicators' training figure, so the view is told to ask again.
 */
export function TrainingDrawer({
  target,
  onClose,
  onRecorded,
}: {
  target: TrainingTarget | null;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const canRecord = useCan('training/record');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!target) return;
    let current = true;
    setAnswer(null);
    invoke('training/list', { staffId: target.staffId, ...target.period })
      .then((r) => {
        if (current) setAnswer(r);
      })
      .catch((error: unknown) => {
        if (current) notifyError(error);
      });
    return () => {
      current = false;
    };
  }, [target, version]);

  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={target && t('manage.indicators.trainingRecords.title', { name: target.name })}
      data-testid="training-drawer"
    >
      {target && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('manage.indicators.trainingRecords.period', target.period)}
          </Text>
          {!answer && <Loader size={14} data-testid="training-loading" />}
          {answer && (
            <>
              <Text size="sm" fw={600} data-testid="training-totals">
                {t('manage.indicators.trainingRecords.totals', {
                  count: answer.totals.courses,
                  hours: hours(answer.totals.minutes),
                })}
              </Text>
              {answer.records.length === 0 ? (
                <Text size="sm" c="dimmed" data-testid="training-empty">
                  {t('manage.indicators.trainingRecords.empty')}
                </Text>
              ) : (
                <Records records={answer.records} />
              )}
              {answer.truncated && (
                <Text size="xs" c="dimmed">
                  {t('manage.indicators.trainingRecords.truncated', {
                    shown: answer.records.length,
                  })}
                </Text>
              )}
            </>
          )}
          {canRecord && (
            <>
              <Divider />
              <Title order={5}>{t('manage.indicators.trainingRecords.record')}</Title>
              <TrainingForm
                staffId={target.staffId}
                onRecorded={() => {
                  notifySuccess(
                    t('manage.indicators.trainingRecords.recorded', { name: target.name }),
                  );
                  setVersion((v) => v + 1);
                  onRecorded();
                }}
              />
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
