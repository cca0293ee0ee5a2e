import {
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Effectiveness, Window } from '../../../../../main/improvement/effectiveness';
import type { ProblemDetail } from '../../../../../main/improvement/problemHandlers';
import type { Verdict } from '../../../../../main/improvement/problemRepo';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifyError } from '../../../errors/notifyError';
import { localDateTime, todayIso } from '../../../format/dateTime';
import { useActiveStaff } from './ActionItems';

const VERDICTS: readonly Verdict[] = ['effective', 'not_effective', 'adjust'];

type Values = {
  verdict: Verdict;
  note: string;
  description: string;
  responsibleId: string | null;
  dueDate: string | null;
};

function RateLine({ label, w, testId }: { label: string; w: Window; testId: string }) {
  const { t } = useTranslation();
  // Shown as the exact fraction first; the percentage only helps the eye.
  const percent = w.rate.of === 0 ? '–' : `${Math.round((100 * w.rate.count) / w.rate.of)}%`;
  return (
    <Stack gap={0} data-testid={testId} data-count={w.rate.count} data-of={w.rate.of}>
      <Text size="xs" c="dimmed">
        {label}
        {!w.complete && ` · ${t('manage.actions.effect.incomplete')}`}
      </Text>
      <Text size="sm" fw={500}>
        {t('manage.actions.effect.rate', { count: w.rate.count, of: w.rate.of, percent })}
      </Text>
    </Stack>
  );
}

/** Before and after the action date (policy 6: track the effect), and the manager's verdict. */
export function EffectivenessPanel({
  problem,
  onChanged,
}: {
  problem: ProblemDetail;
  onChanged: (next: ProblemDetail, message: string) => void;
}) {
  const { t } = useTranslation();
  const [windowDays, setWindowDays] = useState(90);
  const [e, setE] = useState<Effectiveness | null>(null);
  const canReview = problem.actions.review.allowed;
  const staff = useActiveStaff(canReview);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      verdict: 'effective',
      note: '',
      description: '',
      responsibleId: null,
      dueDate: null,
    },
  });

  useEffect(() => {
    let current = true;
    invoke('improvement/effectiveness', { problemId: problem.id, windowDays })
      .then((found) => current && setE(found))
      .catch((err: unknown) => current && notifyError(err));
    return () => {
      current = false;
    };
  }, [problem.id, problem.version, windowDays]);

  async function submit(v: Values) {
    setBusy(true);
    try {
      const next = await invoke('improvement/review', {
        problemId: problem.id,
        version: problem.version,
        verdict: v.verdict,
        note: v.note,
        windowDays,
        ...(v.verdict === 'adjust' && {
          newAction: {
            description: v.description,
            responsibleId: Number(v.responsibleId ?? 0),
            dueDate: v.dueDate ?? '',
          },
        }),
      });
      onChanged(next, t('manage.actions.effect.reviewed'));
    } catch (err) {
      showErrorOnForm(form, err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid="problem-effectiveness">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={5}>{t('manage.actions.effect.title')}</Title>
          <NumberInput
            size="xs"
            w={120}
            label={t('manage.actions.effect.window')}
            min={7}
            max={730}
            value={windowDays}
            onChange={(v) => typeof v === 'number' && v >= 7 && v <= 730 && setWindowDays(v)}
            data-testid="effectiveness-window"
          />
        </Group>
        {e && e.actionDate === null && (
          <Text size="sm" c="dimmed">
            {t('manage.actions.effect.noActionDate')}
          </Text>
        )}
        {e && e.actionDate !== null && e.faultCodes.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('manage.actions.effect.noCodes')}
          </Text>
        )}
        {e?.actionDate && (
          <Text size="sm" data-testid="effectiveness-date">
            {t('manage.actions.effect.actionDate', { date: e.actionDate })}
          </Text>
        )}
        {e?.before && e.after && (
          <Group grow>
            <RateLine
              label={t('manage.actions.effect.before', { from: e.before.from, to: e.before.to })}
              w={e.before}
              testId="effectiveness-before"
            />
            <RateLine
              label={t('manage.actions.effect.after', { from: e.after.from, to: e.after.to })}
              w={e.after}
              testId="effectiveness-after"
            />
          </Group>
        )}
        {canReview && (
          <form onSubmit={form.onSubmit((v) => void submit(v))}>
            <Stack gap="xs">
              <SegmentedControl
                data={VERDICTS.map((v) => ({
                  value: v,
                  label: t(`manage.actions.effect.verdicts.${v}`),
                }))}
                {...form.getInputProps('verdict')}
                data-testid="review-verdict"
              />
              <Textarea
                label={t('manage.actions.effect.note')}
                withAsterisk
                autosize
                minRows={2}
                maxLength={2000}
                {...form.getInputProps('note')}
                data-testid="review-note"
              />
              {form.values.verdict === 'adjust' && (
                <Stack gap="xs">
                  <TextInput
                    label={t('manage.actions.effect.newAction')}
                    withAsterisk
                    maxLength={500}
                    {...form.getInputProps('description')}
                    data-testid="review-action-description"
                  />
                  <Group grow align="flex-start">
                    <Select
                      label={t('manage.actions.items.responsible')}
                      withAsterisk
                      searchable
                      data={staff}
                      {...form.getInputProps('responsibleId')}
                      data-testid="review-action-responsible"
                    />
                    <DateInput
                      label={t('manage.actions.items.dueDate')}
                      withAsterisk
                      valueFormat="YYYY-MM-DD"
                      placeholder="YYYY-MM-DD"
                      minDate={todayIso()}
                      {...form.getInputProps('dueDate')}
                      data-testid="review-action-due"
                    />
                  </Group>
                </Stack>
              )}
              <Group justify="flex-end">
                <Button type="submit" loading={busy} data-testid="review-submit">
                  {t('manage.actions.effect.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {problem.reviews.length > 0 && (
          <Stack gap={4} data-testid="problem-reviews">
            <Text size="xs" c="dimmed" fw={500}>
              {t('manage.actions.effect.history')}
            </Text>
            {problem.reviews.map((r) => (
              <Text key={r.id} size="sm">
                <b>{t(`manage.actions.effect.verdicts.${r.verdict}`)}</b>
                {r.before &&
                  r.after &&
                  ` (${r.before.count}/${r.before.of} → ${r.after.count}/${r.after.of})`}
                {' · '}
                {r.note} · {localDateTime(r.at)} · {r.by.displayName}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
