import { useCallback, useEffect, useState } from 'react';
import { notifyError } from '../../../errors/notifyError';

/**
 * Loads a list from the core, again when `key` changes or on `reload()` (after a save). A
 * refused load shows the core's message and leaves the last list in place.
 */
export function useLoaded<T>(load: () => Promise<T[]>, key: unknown = null) {
  const [rows, setRows] = useState<T[] | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (r) => {
        if (current) setRows(r);
      },
      (e: unknown) => {
        if (current) notifyError(e);
      },
    );
    return () => {
      current = false;
    };
    // `load` is a new closure each render; what it asks for is named by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { rows, reload };
}
