import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { BenchTicketView } from '../../../../main/bench/benchTicket';
import type { RepairLog } from '../../../../main/bench/repairLog';
import { asClientError } from '../../bridge';
import { coreKey, useCoreQuery, type EntityRef } from '../../data';

/** How a change ended: saved, or refused because someone else changed the ticket first. */
export type ActResult = 'done' | 'conflict';

export type BenchTicketState = {
  ticket: BenchTicketView | null;
  log: RepairLog | null;
  /** The core's message when the last change met someone else's (the ticket was reloaded). */
  conflict: string | null;
  dismissConflict: () => void;
  reload: () => Promise<void>;
  /** Reads the repair log again (parts approved or issued meanwhile by someone else). */
  refreshLog: () => Promise<void>;
  /** A lifecycle change: shows the answer, reloads the log (the status decides what is open). */
  actOnTicket: (send: () => Promise<BenchTicketView>) => Promise<ActResult>;
  /** A repair-log change: shows the log as it now stands. */
  actOnLog: (send: () => Promise<RepairLog>) => Promise<ActResult>;
};

/**
 * What the ticket's two answers show, for the live refresh (main/events.ts): every write to the
 * ticket (its moves, the repair log, payments, the desk's hand-over) audits the ticket; the
 * parts come from requisitions; the checklist and fault codes from their catalogues.
 */
const viewEntities = (id: number): EntityRef[] => [
  { entity: 'ticket', id },
  'unit',
  'customer',
  'requisition',
];
const logEntities = (id: number): EntityRef[] => [
  { entity: 'ticket', id },
  'requisition',
  'checklist',
  'fault_code',
];

/**
 * One ticket at the bench: its lifecycle view (bench/ticket) and its repair log (repairLog/get),
 * kept fresh by the core's change events: a delivery at the desk, a part issued in the stockroom
 * or the technician's own log entry reads both again, so the next moves and their unmet
 * conditions are always the core's current answer. Two stations may work on one ticket; the core
 * refuses a change made on an old version with CONFLICT. That is never swallowed: the ticket is
 * read again and the screen says why, so the later save never silently overwrites the earlier
 * one. Other errors go back to the caller's form. TicketPane is keyed by ticket, so one hook
 * serves one ticket.
 */
export function useBenchTicket(ticketId: number): BenchTicketState {
  const client = useQueryClient();
  const viewQuery = useCoreQuery(
    'bench/ticket',
    { ticketId },
    { entities: viewEntities(ticketId) },
  );
  const logQuery = useCoreQuery('repairLog/get', { ticketId }, { entities: logEntities(ticketId) });
  const [conflict, setConflict] = useState<string | null>(null);

  const reload = useCallback(async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: coreKey('bench/ticket', { ticketId }) }),
      client.invalidateQueries({ queryKey: coreKey('repairLog/get', { ticketId }) }),
    ]);
  }, [client, ticketId]);

  const refreshLog = useCallback(async () => {
    await client.invalidateQueries({ queryKey: coreKey('repairLog/get', { ticketId }) });
  }, [client, ticketId]);

  const act = useCallback(
    async <T>(send: () => Promise<T>, apply: (answer: T) => void) => {
      try {
        const answer = await send();
        setConflict(null);
        apply(answer);
        // The change event reads both again too; asking here as well keeps the screen right
        // when the event stream is down (the next moves depend on the log: checklist, quote).
        await reload();
        return 'done' as const;
      } catch (error) {
        const e = asClientError(error);
        if (e.code !== 'CONFLICT') throw e;
        setConflict(e.message);
        await reload();
        return 'conflict' as const;
      }
    },
    [reload],
  );

  const actOnTicket = useCallback(
    (send: () => Promise<BenchTicketView>) =>
      act(send, (view) =>
        client.setQueryData(coreKey('bench/ticket', { ticketId: view.id }), view),
      ),
    [act, client],
  );

  const actOnLog = useCallback(
    (send: () => Promise<RepairLog>) =>
      act(send, (next) =>
        client.setQueryData(coreKey('repairLog/get', { ticketId: next.ticketId }), next),
      ),
    [act, client],
  );

  return {
    ticket: (viewQuery.data ?? null) as BenchTicketView | null,
    log: (logQuery.data ?? null) as RepairLog | null,
    conflict,
    dismissConflict: () => setConflict(null),
    reload,
    refreshLog,
    actOnTicket,
    actOnLog,
  };
}
