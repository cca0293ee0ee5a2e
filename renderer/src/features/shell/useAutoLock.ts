import { useIdle } from '@mantine/hooks';
import { useEffect } from 'react';
import { notifyError } from '../../errors/notifyError';
import { useSession } from '../../stores/session';

// setTimeout's ceiling; used when auto-lock is off so useIdle never fires.
const NEVER = 2 ** 31 - 1;

/**
 * Locks the workstation after the depot's idle minutes (Settings → Security). The core keeps
 * its own idle clock too, so a workstation that slept still answers SESSION_LOCKED.
 */
export function useAutoLock(): void {
  const minutes = useSession((s) => s.status?.autoLockMinutes ?? 0);
  const lock = useSession((s) => s.lock);
  const timeout = minutes > 0 ? minutes * 60_000 : NEVER;
  const idle = useIdle(timeout, { initialState: false });
  useEffect(() => {
    if (idle && minutes > 0) void lock().catch(notifyError);
  }, [idle, minutes, lock]);
}
