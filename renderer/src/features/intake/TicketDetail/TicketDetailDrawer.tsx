import { Button, Center, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconPrinter, IconShieldCheck, IconTag } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../main/contract/language';
import type { TicketView } from '../../../../../main/intake/ticketHandlers';
import { invoke } from '../../../bridge';
import { coreKey, useCoreQuery } from '../../../data';
import { ReasonModal } from '../../../dialogs/ReasonModal';
import { notifyError } from '../../../errors/notifyError';
import { useCan } from '../../../stores/session';
import { printTicketDocument } from '../intakeDocuments';
import { useTicketDrawer } from '../ticketDrawer';
import { TicketAttachments } from './TicketAttachments';
import { TicketHistory } from '../../bench/Timeline/TicketHistory';
import { TicketDetailBody } from './TicketDetailBody';

/**
 * One ticket in full, over whatever the clerk was doing (opened from the list, the quick
 * search or a repeat-of link). The desk or a supervisor cancels a ticket before its repair starts
 * (its number is kept, never reused); a supervisor covers it by their own decision (policy 2);
 * both ask for the reason. Which of them this reader may do is the core's answer (`actions`).
 */
export function TicketDetailDrawer() {
  const { t, i18n } = useTranslation();
  const ticketId = useTicketDrawer((s) => s.ticketId);
  const open = useTicketDrawer((s) => s.open);
  const close = useTicketDrawer((s) => s.close);
  const client = useQueryClient();
  // Kept fresh: a move at the bench or a change at another desk shows here at once.
  const query = useCoreQuery(
    'tickets/get',
    { id: ticketId ?? 0 },
    {
      entities: [{ entity: 'ticket', id: ticketId ?? 0 }, 'customer', 'unit'],
      enabled: ticketId !== null,
    },
  );
  const ticket: TicketView | null = ticketId === null ? null : (query.data ?? null);
  const [asking, setAsking] = useState<'cancel' | 'override' | null>(null);
  const [printing, setPrinting] = useState<'receipt' | 'unitLabel' | null>(null);

  // A ticket that cannot be read (gone, or not this reader's) closes the drawer; the data layer
  // has told staff why.
  const failed = query.isError;
  useEffect(() => {
    if (failed) close();
  }, [failed, close]);

  // What the core says this reader may do to this ticket (main/intake/ticketActions.ts).
  const canCancel = ticket?.actions.cancel.allowed ?? false;
  const canOverride = ticket?.actions.overrideWarranty.allowed ?? false;
  const canPrintReceipt = useCan('documents/receipt');

  async function print(kind: 'receipt' | 'unitLabel') {
    if (!ticket) return;
    setPrinting(kind);
    try {
      await printTicketDocument(kind, ticket.id, i18n.language as Language);
    } catch (error) {
      notifyError(error);
    } finally {
      setPrinting(null);
    }
  }

  async function change(kind: 'cancel' | 'override', reason: string) {
    if (!ticket) return;
    const input = { id: ticket.id, version: ticket.version, reason };
    const next =
      kind === 'cancel'
        ? await invoke('tickets/cancel', input)
        : await invoke('tickets/overrideWarranty', input);
    client.setQueryData(coreKey('tickets/get', { id: next.id }), next);
    notifications.show({
      color: 'teal',
      message: t(kind === 'cancel' ? 'intake.detail.cancelled' : 'intake.detail.overridden', {
        reportNo: next.reportNo,
      }),
    });
  }

  return (
    <Drawer
      opened={ticketId !== null}
      onClose={close}
      position="right"
      size={640}
      title={
        <Text fw={600} data-testid="ticket-detail-title">
          {ticket ? t('intake.detail.title', { reportNo: ticket.reportNo }) : ''}
        </Text>
      }
    >
      <div data-testid="ticket-detail" data-report-no={ticket?.reportNo}>
        {!ticket ? (
          <Center h={200}>
            <Group gap="xs">
              <Loader size="sm" />
              <Text size="sm" c="dimmed">
                {t('intake.detail.loading')}
              </Text>
            </Group>
          </Center>
        ) : (
          <Stack gap="md" pb="md">
            <Group gap="xs">
              {canPrintReceipt && !ticket.cancelled && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconPrinter size={14} />}
                  loading={printing === 'receipt'}
                  onClick={() => void print('receipt')}
                  data-testid="detail-print-receipt"
                >
                  {t('intake.detail.printReceipt')}
                </Button>
              )}
              {!ticket.cancelled && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconTag size={14} />}
                  loading={printing === 'unitLabel'}
                  onClick={() => void print('unitLabel')}
                  data-testid="detail-print-label"
                >
                  {t('intake.detail.printLabel')}
                </Button>
              )}
              {canOverride && (
                <Button
                  size="xs"
                  variant="light"
                  color="teal"
                  leftSection={<IconShieldCheck size={14} />}
                  onClick={() => setAsking('override')}
                  data-testid="detail-override"
                >
                  {t('intake.detail.override')}
                </Button>
              )}
              {canCancel && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconBan size={14} />}
                  onClick={() => setAsking('cancel')}
                  data-testid="detail-cancel"
                >
                  {t('intake.detail.cancel')}
                </Button>
              )}
            </Group>
            <TicketDetailBody ticket={ticket} onOpenTicket={open} />
            <TicketHistory ticketId={ticket.id} />
            <TicketAttachments ticketId={ticket.id} />
            <ReasonModal
              opened={asking !== null}
              title={t(
                asking === 'override' ? 'intake.detail.overrideTitle' : 'intake.detail.cancelTitle',
                {
                  reportNo: ticket.reportNo,
                },
              )}
              body={t(
                asking === 'override' ? 'intake.detail.overrideBody' : 'intake.detail.cancelBody',
              )}
              label={t('intake.detail.reason')}
              confirm={t(asking === 'override' ? 'intake.detail.override' : 'intake.detail.cancel')}
              color={asking === 'override' ? 'teal' : 'red'}
              onClose={() => setAsking(null)}
              onConfirm={(reason) => change(asking ?? 'cancel', reason)}
            />
          </Stack>
        )}
      </div>
    </Drawer>
  );
}
