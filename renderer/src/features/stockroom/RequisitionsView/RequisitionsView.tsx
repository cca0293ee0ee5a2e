import { Button, Center, Grid, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../../main/contract/roles';
import { notifySuccess } from '../../../errors/notifyError';
import { hasRole, useSession } from '../../../stores/session';
import { NewRequisition } from './NewRequisition/NewRequisition';
import { canRequest } from './requisitionAccess';
import { RequisitionDetail } from './RequisitionDetail/RequisitionDetail';
import { RequisitionQueue, type Queue } from './RequisitionQueue/RequisitionQueue';

/** The queue each role works from: the supervisor's approvals, the stockroom's issues. */
function queueFor(actor: Actor | null): Queue {
  if (hasRole(actor, 'supervisor')) return 'pending';
  if (hasRole(actor, 'stockroom_keeper')) return 'to_issue';
  return 'all';
}

/**
 * Requisition and issue (領用與發放, issue 4 item 4, policy 5.3): the queue on the left, on the
 * right the requisition in hand or, for a technician, a new requisition form.
 */
export function RequisitionsView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const actor = useSession((s) => s.status?.staff ?? null);
  const requester = canRequest(actor);
  const [queue, setQueue] = useState<Queue>(() => queueFor(actor));
  const [mine, setMine] = useState(false);
  const [selected, setSelected] = useState<number | 'new' | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
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
            reloadKey={reloadKey}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {typeof selected === 'number' ? (
          <RequisitionDetail
            key={selected}
            id={selected}
            onChanged={() => setReloadKey((k) => k + 1)}
          />
        ) : showNew ? (
          <NewRequisition
            active={active}
            onCreated={(req) => {
              notifySuccess(t('stockroom.requisitions.new.sent', { reqNo: req.reqNo }));
              setReloadKey((k) => k + 1);
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
