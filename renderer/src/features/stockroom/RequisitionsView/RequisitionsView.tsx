import { Button, Center, Grid, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../../../main/session/handlers';
import { notifySuccess } from '../../../errors/notifyError';
import { mayUse, useCan, useSession } from '../../../stores/session';
import { NewRequisition } from './NewRequisition/NewRequisition';
import { RequisitionDetail } from './RequisitionDetail/RequisitionDetail';
import { RequisitionQueue, type Queue } from './RequisitionQueue/RequisitionQueue';

/** The queue a person works from, by what the core lets them do: approve first, then issue. */
function queueFor(status: SessionStatus | null): Queue {
  if (mayUse(status, 'requisitions/decide')) return 'pending';
  if (mayUse(status, 'requisitions/issue')) return 'to_issue';
  return 'all';
}

/**
 * Requisition and issue (領用與發放, issue 4 item 4, policy 5.3): the queue on the left, on the
 * right the requisition in hand or, for a technician, a new requisition form. Both follow every
 * workstation's changes live (the data layer), so neither is reloaded by hand here.
 */
export function RequisitionsView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  const requester = useCan('requisitions/create');
  const [queue, setQueue] = useState<Queue>(() => queueFor(status));
  const [mine, setMine] = useState(false);
  const [selected, setSelected] = useState<number | 'new' | null>(null);
  const showNew = selected === 'new' || (selected === null && requester);

  return (
    <Grid gap="md" align="flex-start" data-testid="stockroom-requisitions" data-active={active}>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="xs">
          {requester && (
            <Button
              variant={showNew ? 'filled' : 'light'}
              leftSection={<IconPlus size={16} />}
              onClick={() => setSelected('new')}
              data-testid="req-new-open"
            >
              {t('stockroom.requisitions.new.open')}
            </Button>
          )}
          <RequisitionQueue
            queue={queue}
            onQueue={setQueue}
            mine={mine}
            onMine={setMine}
            showMine={requester}
            selectedId={typeof selected === 'number' ? selected : null}
            onOpen={setSelected}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {typeof selected === 'number' ? (
          <RequisitionDetail key={selected} id={selected} />
        ) : showNew ? (
          <NewRequisition
            active={active}
            onCreated={(req) => {
              notifySuccess(t('stockroom.requisitions.new.sent', { reqNo: req.reqNo }));
              setSelected(req.id);
            }}
          />
        ) : (
          <Paper withBorder radius="md" p="xl">
            <Center>
              <Text c="dimmed" size="sm" data-testid="req-pick">
                {t('stockroom.requisitions.pick')}
              </Text>
            </Center>
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}
