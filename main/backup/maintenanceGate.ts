import { refuse, type DepotError } from '../contract/errors';

// While a restore replaces the database under the running core, no other call may read or
// write: calls already running finish first, new ones are refused with CONFLICT (the screen
// says "restoring, try again"), and the gate opens again when the restore is done.

export type MaintenanceGate = {
  /** Admits one call (false while maintenance runs); each admitted call must leave(). */
  enter: () => boolean;
  leave: () => void;
  /**
   * Runs `work` alone. Called from inside an admitted call (the restore channel itself), so it
   * waits until that call is the only one still running.
   */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  active: () => boolean;
};

export function restoringError(): DepotError {
  return refuse('CONFLICT', 'backup.restoring', {
    message: 'A backup is being restored; try again when it is done.',
    details: { restoring: true },
  });
}

export function createMaintenanceGate(): MaintenanceGate {
  let closed = false;
  let inFlight = 0;
  let drained: (() => void) | null = null;
  return {
    enter() {
      if (closed) return false;
      inFlight += 1;
      return true;
    },
    leave() {
      inFlight -= 1;
      if (drained && inFlight <= 1) drained();
    },
    active: () => closed,
    async exclusive(work) {
      if (closed) throw restoringError();
      closed = true;
      try {
        if (inFlight > 1) await new Promise<void>((resolve) => (drained = resolve));
        drained = null;
        return await work();
      } finally {
        closed = false;
      }
    },
  };
}
