import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '../../../../../main/improvement/problemHandlers';
import { invoke } from '../../../bridge';
import { useCoreQuery } from '../../../data';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifyError } from '../../../errors/notifyError';
import { localDateTime, todayIso } from '../../../format/dateTime';

type Staff = { value: string; label: string };

/**
 * Active staff for the responsible-person pickers (supervisors and admins only list staff); a
 * person added, renamed or deactivated at any workstation shows at once.
 */
export function useActiveStaff(enabled: boolean): Staff[] {
  const all = useCoreQuery('staff/list', {}, { entities: ['staff'], enabled }).data;
  return useMemo(
    () =>
      (all ?? [])
        .filter((s) => s.active)
        .map((s) => ({ value: String(s.id), label: s.displayName })),
    [all],
  );
}

type AddValues = { description: string; responsibleId: string | null; dueDate: string | null };

/** The action items (限期整改): each with who and by when; the responsible person completes it. */
export function ActionItems({
  problem,
  onChanged,
}: {
  problem: ProblemDetail;
  onChanged: (next: ProblemDetail, message: string) => void;
}) {
  const { t } = useTranslation();
  const canAdd = problem.actions.addAction.allowed;
  const staff = useActiveStaff(canAdd);
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState<number | 'add' | null>(null);
  const form = useForm<AddValues>({
    initialValues: { description: '', responsibleId: null, dueDate: null },
  });

  async function add(v: AddValues) {
    setBusy('add');
    try {
      const next = await invoke('improvement/addAction', {
        problemId: problem.id,
        description: v.description,
        responsibleId: Number(v.responsibleId ?? 0),
        dueDate: v.dueDate ?? '',
      });
      form.reset();
      onChanged(next, t('manage.actions.items.added'));
    } catch (e) {
      showErrorOnForm(form, e);
    } finally {
      setBusy(null);
    }
  }

  async function complete(actionId: number) {
    setBusy(actionId);
    try {
      const note = notes[actionId]?.trim();
      const next = await invoke('improvement/completeAction', {
        actionId,
        ...(note && { note }),
      });
      onChanged(next, t('manage.actions.items.completed'));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid="problem-items">
      <Stack gap="sm">
        <Title order={5}>{t('manage.actions.items.title')}</Title>
        {problem.actionItems.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('manage.actions.items.none')}
          </Text>
        )}
        {problem.actionItems.map((a) => (
          <Stack
            key={a.id}
            gap={4}
            data-testid={`problem-item-${a.id}`}
            data-overdue={a.overdue}
            data-done={a.doneAt !== null}
          >
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={500}>
                {a.description}
              </Text>
              {a.overdue && (
                <Badge color="red" size="sm">
                  {t('manage.actions.overdue')}
                </Badge>
              )}
            </Group>
            <Text size="xs" c={a.overdue ? 'red' : 'dimmed'}>
              {a.responsible.displayName} · {t('manage.actions.items.dueDate')} {a.dueDate}
              {a.doneAt &&
                ` · ${t('manage.actions.items.doneOn', { at: localDateTime(a.doneAt) })}`}
            </Text>
            {a.note && <Text size="sm">{a.note}</Text>}
            {a.canComplete.allowed && (
              <Group gap="xs" align="flex-end">
                <TextInput
                  size="xs"
                  style={{ flex: 1 }}
                  placeholder={t('manage.actions.items.note')}
                  maxLength={1000}
                  value={notes[a.id] ?? ''}
                  onChange={(e) => setNotes({ ...notes, [a.id]: e.currentTarget.value })}
                  data-testid={`problem-item-note-${a.id}`}
                />
                <Button
                  size="xs"
                  loading={busy === a.id}
                  onClick={() => void complete(a.id)}
                  data-testid={`problem-item-complete-${a.id}`}
                >
                  {t('manage.actions.items.complete')}
                </Button>
              </Group>
            )}
          </Stack>
        ))}
        {canAdd && (
          <form onSubmit={form.onSubmit((v) => void add(v))}>
            <Stack gap="xs">
              <TextInput
                label={t('manage.actions.items.description')}
                withAsterisk
                maxLength={500}
                {...form.getInputProps('description')}
                data-testid="problem-item-description"
              />
              <Group grow align="flex-start">
                <Select
                  label={t('manage.actions.items.responsible')}
                  withAsterisk
                  searchable
                  data={staff}
                  {...form.getInputProps('responsibleId')}
                  data-testid="problem-item-responsible"
                />
                <DateInput
                  label={t('manage.actions.items.dueDate')}
                  withAsterisk
                  valueFormat="YYYY-MM-DD"
                  placeholder="YYYY-MM-DD"
                  minDate={todayIso()}
                  {...form.getInputProps('dueDate')}
                  data-testid="problem-item-due"
                />
              </Group>
              <Group justify="flex-end">
                <Button
                  type="submit"
                  variant="light"
                  loading={busy === 'add'}
                  data-testid="problem-item-add"
                >
                  {t('manage.actions.items.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
