import { useNavigate } from 'react-router';
import type { BenchTicketView } from '../../../../../main/bench/benchTicket';
import { invoke } from '../../../bridge';
import { useCan } from '../../../stores/session';
import { useTicketDrawer } from '../../intake/ticketDrawer';

/** Where Ctrl+K opens a ticket: the bench with it in hand, or the read-only ticket drawer. */
export type TicketDestination = { kind: 'bench'; path: string } | { kind: 'drawer' };

/**
 * A ticket opens where its next action is. The core says which moves this person may make on it
 * (the bench ticket's `nextActions`, computed from the lifecycle table, the person's roles and the
 * assignee): the desk's hand-over of a ticket ready for pickup, a technician's claim or repair, a
 * quote answer (cancelling aside). If there is one, the bench opens with the ticket selected, where those moves are
 * made; otherwise (nothing for this person to do, or no bench for them) the ticket drawer.
 */
export function ticketDestination(
  ticketId: number,
  view: Pick<BenchTicketView, 'nextActions'> | null,
): TicketDestination {
  // Cancelling is open to the desk on any ticket not yet in repair: a way out, not the work.
  if (view && view.nextActions.some((a) => a.to !== 'cancelled'))
    return { kind: 'bench', path: `/bench?ticket=${ticketId}` };
  return { kind: 'drawer' };
}

/**
 * Asks the core for the bench view of the ticket when this person may read the bench; a refusal
 * (a ticket that vanished, a role without the bench) falls back to the drawer, which says why.
 */
export async function findTicketDestination(
  ticketId: number,
  mayReadBench: boolean,
): Promise<TicketDestination> {
  if (!mayReadBench) return { kind: 'drawer' };
  try {
    return ticketDestination(ticketId, await invoke('bench/ticket', { ticketId }));
  } catch {
    return { kind: 'drawer' };
  }
}

/** Opens a ticket where its next action is: Ctrl+K's hits, the intake's "open the existing ticket". */
export function useOpenTicket(): (ticketId: number) => void {
  const navigate = useNavigate();
  const openDrawer = useTicketDrawer((s) => s.open);
  const mayReadBench = useCan('bench/ticket');
  return (ticketId) => {
    void findTicketDestination(ticketId, mayReadBench).then((to) =>
      to.kind === 'bench' ? void navigate(to.path) : openDrawer(ticketId),
    );
  };
}
