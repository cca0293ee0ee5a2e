import { Button, Group, Stack, Text, type ButtonProps } from '@mantine/core';
import { IconAlertTriangle, IconHandGrab, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchTicketView } from '../../../../../main/bench/benchTicket';
import type { RepairLog } from '../../../../../main/bench/repairLog';
import { invoke } from '../../../bridge';
import { ReasonModal } from '../../../dialogs/ReasonModal';
import { notifyError } from '../../../errors/notifyError';
import type { ActResult } from '../useBenchTicket';
import { AcceptanceModal, type AcceptanceMode } from './AcceptanceModal';
import { AssignModal } from './AssignModal';
import { FactorySendModal } from './FactorySendModal';
import { QuoteModal } from './QuoteModal';
import { benchActions, blockedBy, type ActionKey, type BenchAction } from './nextActions';

type Act = (send: () => Promise<BenchTicketView>) => Promise<ActResult>;

/** Moves that end or turn back a repair look different from the ones that carry it forward. */
function looks(key: ActionKey, first: boolean): ButtonProps {
  if (key === 'cancel') return { variant: 'subtle', color: 'red' };
  if (['to_return_unrepaired', 'quoteDeclined', 'reject'].includes(key))
    return { variant: 'light', color: 'orange' };
  return { variant: first ? 'filled' : 'light' };
}

/** The dialogs a move opens; a bare move without a note has none. */
type Dialog = 'quote' | 'factorySend' | 'assign' | { note: ActionKey };

/**
 * The ticket's next moves as buttons (issue 5 item 2): exactly the ones the core offers this
 * person now. A move that records data opens its form (quote, customer's answer, factory,
 * acceptance with signature); a bare move is made at once through bench/transition. A move
 * the core would refuse for a reason already on screen is disabled and says why.
 */
export function NextActions({
  ticket,
  log,
  act,
}: {
  ticket: BenchTicketView;
  log: RepairLog;
  act: Act;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [acceptance, setAcceptance] = useState<AcceptanceMode | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const actions = benchActions(ticket);
  const blocked = [...new Set(actions.map((a) => blockedBy(a, log)).filter((b) => b !== null))];

  /** A move made at once; its refusal (not a conflict) is shown as the core words it. */
  async function now(key: string, send: () => Promise<BenchTicketView>) {
    setBusy(key);
    try {
      await act(send);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  }

  function start(action: BenchAction) {
    switch (action.key) {
      case 'quote':
      case 'factorySend':
        setDialog(action.key);
        return;
      case 'accept':
        setAcceptance('accept');
        return;
      case 'reject':
        setAcceptance('reject');
        return;
      case 'quoteApproved':
      case 'quoteDeclined':
      case 'factoryReceive':
      case 'cancel':
      case 'to_return_unrepaired':
        setDialog({ note: action.key });
        return;
      default:
        void now(action.key, () =>
          invoke('bench/transition', {
            ticketId: ticket.id,
            version: ticket.version,
            to: action.to,
          }),
        );
    }
  }

  /** What the note of a move is sent as. */
  function withNote(key: ActionKey, note: string): Promise<ActResult> {
    const base = { ticketId: ticket.id, version: ticket.version };
    const opt = note ? { note } : {};
    if (key === 'quoteApproved' || key === 'quoteDeclined') {
      const quoteId = ticket.quote?.id ?? 0;
      const decision = key === 'quoteApproved' ? 'approve' : 'decline';
      return act(() =>
        invoke('quotes/decide', { quoteId, version: ticket.version, decision, ...opt }),
      );
    }
    if (key === 'factoryReceive') {
      return act(() =>
        invoke('factory/receive', { ...base, ...(note && { factoryReport: note }) }),
      );
    }
    if (key === 'cancel') {
      return act(async () => {
        await invoke('tickets/cancel', { id: ticket.id, version: ticket.version, reason: note });
        return invoke('bench/ticket', { ticketId: ticket.id });
      });
    }
    return act(() => invoke('bench/transition', { ...base, to: 'return_unrepaired', ...opt }));
  }

  const noteKey = typeof dialog === 'object' && dialog !== null ? dialog.note : null;
  // What the core allows this reader on this ticket (main/bench/ticketAccess.ts benchActions).
  const showClaim = ticket.actions.claim.allowed;
  const showAssign = ticket.actions.assign.allowed;

  return (
    <Stack gap={6} data-testid="bench-actions">
      <Group gap="xs">
        {showClaim && (
          <Button
            leftSection={<IconHandGrab size={16} />}
            loading={busy === 'claim'}
            onClick={() =>
              void now('claim', () =>
                invoke('bench/claim', { ticketId: ticket.id, version: ticket.version }),
              )
            }
            data-testid="bench-claim"
          >
            {t('bench.actions.claim')}
          </Button>
        )}
        {actions.map((a, i) => (
          <Button
            key={a.key}
            {...looks(a.key, i === 0 && !showClaim)}
            disabled={blockedBy(a, log) !== null}
            loading={busy === a.key}
            onClick={() => start(a)}
            data-testid={`bench-action-${a.key}`}
          >
            {t(`bench.actions.label.${a.key}`)}
          </Button>
        ))}
        {showAssign && (
          <Button
            variant="default"
            leftSection={<IconUserShare size={16} />}
            onClick={() => setDialog('assign')}
            data-testid="bench-assign"
          >
            {t('bench.actions.assign')}
          </Button>
        )}
        {actions.length === 0 && !showClaim && (
          <Text size="sm" c="dimmed" data-testid="bench-actions-none">
            {t('bench.actions.none')}
          </Text>
        )}
      </Group>
      {blocked.map((b) => (
        <Group
          key={b}
          gap={6}
          c="orange.8"
          wrap="nowrap"
          data-testid="bench-action-blocked"
          data-reason={b}
        >
          <IconAlertTriangle size={16} />
          <Text size="sm">{t(`bench.actions.blocked.${b}`)}</Text>
        </Group>
      ))}

      <QuoteModal
        ticket={ticket}
        opened={dialog === 'quote'}
        onClose={() => setDialog(null)}
        act={act}
      />
      <FactorySendModal
        key={`factory-${ticket.id}`}
        ticket={ticket}
        opened={dialog === 'factorySend'}
        onClose={() => setDialog(null)}
        act={act}
      />
      <AssignModal
        ticket={ticket}
        opened={dialog === 'assign'}
        onClose={() => setDialog(null)}
        act={act}
      />
      <AcceptanceModal
        ticket={ticket}
        mode={acceptance}
        onMode={setAcceptance}
        onClose={() => setAcceptance(null)}
        act={act}
      />
      <ReasonModal
        key={noteKey ?? 'none'}
        opened={noteKey !== null}
        title={noteKey ? t(`bench.actions.label.${noteKey}`) : ''}
        body={noteKey ? t(`bench.actions.body.${noteBody(noteKey)}`) : ''}
        label={noteKey === 'factoryReceive' ? t('bench.factory.report') : t('bench.actions.note')}
        required={noteKey === 'cancel'}
        color={noteKey === 'cancel' ? 'red' : undefined}
        confirm={noteKey ? t(`bench.actions.label.${noteKey}`) : ''}
        testIds={{ input: 'bench-note-input', confirm: 'bench-note-confirm' }}
        onClose={() => setDialog(null)}
        onConfirm={async (note) => {
          if (noteKey) await withNote(noteKey, note);
        }}
      />
    </Stack>
  );
}

/** The explanation shown above a move's note. */
function noteBody(
  key: ActionKey,
): 'quoteApproved' | 'quoteDeclined' | 'factoryReceive' | 'cancel' | 'returnUnrepaired' {
  if (key === 'quoteApproved' || key === 'quoteDeclined' || key === 'factoryReceive') return key;
  if (key === 'cancel') return 'cancel';
  return 'returnUnrepaired';
}
