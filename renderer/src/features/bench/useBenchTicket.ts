import { useCallback, useEffect, useRef, useState } from 'react';
import type { BenchTicketView } from '../../../../main/bench/benchTicket';
import type { RepairLog } from '../../../../main/bench/repairLog';
import { asClientError, invoke } from '../../bridge';
import { notifyError } from '../../errors/notifyError';

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
 * One ticket at the bench: its lifecycle view (bench/ticket) and its repair log (repairLog/get).
 * Two stations may work on one ticket; the core refuses a change made on an old version with
 * CONFLICT. That is never swallowed: the ticket is read again and the screen says why, so the
 * later save never silently overwrites the earlier one. Other errors go back to the caller's
 * form. The ticket is read again when the window gets the focus back.
 */
export function useBenchTicket(ticketId: number, onChanged: () => void): BenchTicketState {
  const [ticket, setTicket] = useState<BenchTicketView | null>(null);
  const [log, setLog] = useState<RepairLog | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  // The ticket on screen now: an answer about one the staff has since left is dropped.
  const current = useRef(ticketId);
  const onChangedRef = useRef(onChanged);
  useEffect(() => {
    current.current = ticketId;
    onChangedRef.current = onChanged;
  }, [ticketId, onChanged]);

  const reload = useCallback(async () => {
    const id = ticketId;
    try {
      const [view, repairLog] = await Promise.all([
        invoke('bench/ticket', { ticketId: id }),
        invoke('repairLog/get', { ticketId: id }),
      ]);
      if (current.current !== id) return;
      setTicket(view);
      setLog(repairLog);
    } catch (error) {
      if (current.current === id) notifyError(error);
    }
  }, [ticketId]);

  useEffect(() => {
    setTicket(null);
    setLog(null);
    setConflict(null);
    void reload();
  }, [reload]);

  const refreshLog = useCallback(async () => {
    const id = ticketId;
    try {
      const repairLog = await invoke('repairLog/get', { ticketId: id });
      if (current.current === id) setLog(repairLog);
    } catch (error) {
      if (current.current === id) notifyError(error);
    }
  }, [ticketId]);

  useEffect(() => {
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [reload]);

  const act = useCallback(
    async <T>(send: () => Promise<T>, apply: (answer: T) => Promise<void> | void) => {
      const id = ticketId;
      try {
        const answer = await send();
        if (current.current !== id) return 'done' as const;
        setConflict(null);
        await apply(answer);
        onChangedRef.current();
        return 'done' as const;
      } catch (error) {
        const e = asClientError(error);
        if (e.code !== 'CONFLICT') throw e;
        if (current.current === id) {
          setConflict(e.message);
          await reload();
          onChangedRef.current();
        }
        return 'conflict' as const;
      }
    },
    [ticketId, reload],
  );

  const actOnTicket = useCallback(
    (send: () => Promise<BenchTicketView>) =>
      act(send, async (view) => {
        setTicket(view);
        const repairLog = await invoke('repairLog/get', { ticketId: view.id });
        if (current.current === view.id) setLog(repairLog);
      }),
    [act],
  );

  const actOnLog = useCallback(
    (send: () => Promise<RepairLog>) => act(send, (next) => setLog(next)),
    [act],
  );

  return {
    ticket,
    log,
    conflict,
    dismissConflict: () => setConflict(null),
    reload,
    refreshLog,
    actOnTicket,
    actOnLog,
  };
}
