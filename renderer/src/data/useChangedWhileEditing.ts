import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../stores/session';
import { useLiveSource } from './DataProvider';

/**
 * Mid-edit protection (issue 11, item 3): while a form holds typed values for one record, a
 * change someone else commits to it must not overwrite them. This says who changed it; the form
 * shows "changed by <person> — reload" and reloads only when asked. Changes made by the staff
 * member at this workstation (their own saves) do not count.
 */
export function useChangedWhileEditing(
  entity: string,
  id: string | number | null,
): { changedBy: string | null; clear: () => void } {
  const live = useLiveSource();
  const me = useSession((s) => s.status?.staff?.id ?? null);
  const [changedBy, setChangedBy] = useState<string | null>(null);

  useEffect(() => {
    setChangedBy(null);
    if (id === null) return;
    return live((change) => {
      if (change.by !== null && change.by.id === me) return;
      if (change.changes.some((c) => c.entity === entity && c.id === String(id))) {
        setChangedBy(change.by?.displayName ?? '—');
      }
    });
  }, [live, me, entity, id]);

  const clear = useCallback(() => setChangedBy(null), []);
  return { changedBy, clear };
}
