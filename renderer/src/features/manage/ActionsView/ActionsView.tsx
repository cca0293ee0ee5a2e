import { Button, Center, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ProblemSource } from '../../../../../main/improvement/problemRepo';
import { notifySuccess } from '../../../errors/notifyError';
import { useCan } from '../../../stores/session';
import { NewProblemForm, type ProblemPrefill } from './NewProblemForm';
import { ProblemDetailPane } from './ProblemDetailPane';
import { ProblemListPane } from './ProblemListPane';
import type { ProblemFilter } from './useProblemPages';

const SOURCES: readonly string[] = ['trend', 'complaint', 'tickets', 'manual'];
const ids = (values: string[]) => values.map(Number).filter((n) => Number.isInteger(n) && n > 0);

/**
 * The dashboard opens a problem from a fault trend with
 * `/manage/actions?new=trend&faultCode=<code>&modelId=<id>`; `ticketId` and `complaintId` work too.
 */
function prefillOf(params: URLSearchParams): ProblemPrefill | null {
  const source = params.get('new');
  if (source === null) return null;
  const complaintId = ids(params.getAll('complaintId'))[0] ?? null;
  return {
    source: (SOURCES.includes(source) ? source : 'manual') as ProblemSource,
    faultCodes: params
      .getAll('faultCode')
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
    modelIds: ids(params.getAll('modelId')),
    ticketIds: ids(params.getAll('ticketId')),
    complaintId,
  };
}

const BLANK: ProblemPrefill = {
  source: 'manual',
  faultCodes: [],
  modelIds: [],
  ticketIds: [],
  complaintId: null,
};

/**
 * Corrective and preventive actions (改進措施, policy 6): the register and the problem in hand,
 * both showing what any workstation does to them (the data layer), so a write here reloads nothing.
 */
export function ActionsView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const mayWrite = useCan('improvement/open');
  const [params, setParams] = useSearchParams();
  const fromUrl = prefillOf(params);
  const [creating, setCreating] = useState<ProblemPrefill | null>(null);
  const [filter, setFilter] = useState<ProblemFilter>({ status: null, overdueOnly: false });
  const [selected, setSelected] = useState<number | null>(null);
  const form = mayWrite ? (creating ?? fromUrl) : null;

  function closeForm() {
    setCreating(null);
    if (fromUrl) {
      const next = new URLSearchParams(params);
      for (const k of ['new', 'faultCode', 'modelId', 'ticketId', 'complaintId']) next.delete(k);
      setParams(next, { replace: true });
    }
  }

  return (
    <Grid gap="md" align="flex-start" data-testid="manage-actions" data-active={active}>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="xs">
          {mayWrite && (
            <Group>
              <Button
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => setCreating(BLANK)}
                data-testid="actions-new"
              >
                {t('manage.actions.new')}
              </Button>
            </Group>
          )}
          <ProblemListPane
            filter={filter}
            onFilter={setFilter}
            selectedId={selected}
            onOpen={(id) => {
              closeForm();
              setSelected(id);
            }}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {form ? (
          <NewProblemForm
            key={JSON.stringify(form)}
            prefill={form}
            onCancel={closeForm}
            onDone={(p) => {
              closeForm();
              setSelected(p.id);
              notifySuccess(t('manage.actions.open.opened', { number: p.number }));
            }}
          />
        ) : selected !== null ? (
          <ProblemDetailPane key={selected} id={selected} />
        ) : (
          <Paper withBorder radius="md" p="xl">
            <Center>
              <Text c="dimmed" size="sm" data-testid="actions-pick">
                {t('manage.actions.pick')}
              </Text>
            </Center>
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}
