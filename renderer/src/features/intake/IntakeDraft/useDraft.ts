import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DraftForm } from '../../../../../main/drafts/draftForms';
import { invoke, type Input } from '../../../bridge';
import { onBeforeLeave } from '../../../stores/beforeLeave';
import { useSession } from '../../../stores/session';

/** Saved this long after the last change: a pause in typing, not every key. */
export const DRAFT_DEBOUNCE_MS = 600;

export type DraftState = 'idle' | 'saving' | 'saved' | 'failed';

type DraftData = Input<'drafts/save'>['data'];

type Options = {
  /** The form's content as it would be saved (JSON text), or null when the form is blank. */
  snapshot: string | null;
  /** No saving while the form is being registered or shows its result. */
  paused: boolean;
  /** Puts a kept draft back on the form; false when nothing in it could be used. */
  restore: (data: Record<string, unknown>) => Promise<boolean>;
};

/**
 * A long form's draft, kept by the core per staff member (issue 11, item 4; main/drafts):
 * read once when the form mounts and put back; saved a moment after the last change, at once
 * before the workbench is left (lock, staff switch, sign-out), when the form unmounts
 * (workspace switch) and when the page goes away (reload); a blank form keeps none. Saves run
 * one after another, so an older one never lands after a newer one.
 */
export function useDraft(form: DraftForm, { snapshot, paused, restore }: Options) {
  const [loaded, setLoaded] = useState(false);
  const [state, setState] = useState<DraftState>('idle');
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  // The latest of each, for the saves that run from timers, leaving and unmounting.
  const current = useRef(snapshot);
  const pausedRef = useRef(paused);
  const restoreRef = useRef(restore);
  useLayoutEffect(() => {
    current.current = snapshot;
    pausedRef.current = paused;
    restoreRef.current = restore;
  });
  /** What the core holds, as far as this screen knows; undefined until it has been read. */
  const saved = useRef<string | null | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Whose draft this is: the person signed in when the form opened. A save still queued when
  // someone else has signed in at this workstation is dropped, never filed under them.
  const owner = useRef(useSession.getState().status?.staff?.id ?? null);
  const persist = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    queue.current = queue.current.then(async () => {
      const next = current.current;
      if (saved.current === undefined || pausedRef.current || next === saved.current) return;
      const session = useSession.getState().status;
      if (session?.state !== 'signedIn' || session.staff?.id !== owner.current) return;
      setState('saving');
      try {
        if (next === null) await invoke('drafts/clear', { form });
        else await invoke('drafts/save', { form, data: JSON.parse(next) as DraftData });
        saved.current = next;
        setState(next === null ? 'idle' : 'saved');
      } catch {
        // Kept on the screen; the next change or leaving tries again. A lock in between is
        // the app's business (the lock screen), not the form's.
        setState('failed');
      }
    });
    return queue.current;
  }, [form]);

  useEffect(() => {
    let live = true;
    invoke('drafts/get', { form })
      .then(async (draft) => {
        if (!live) return;
        saved.current = draft ? JSON.stringify(draft.data) : null;
        // Only onto a form nobody has started typing in.
        if (draft && current.current === null && (await restoreRef.current(draft.data))) {
          setRestoredAt(draft.updatedAt);
          setState('saved');
        }
      })
      .catch(() => {
        // Unreadable: what is typed from now on is kept all the same.
        saved.current = null;
      })
      .finally(() => {
        if (live) setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, [form]);

  useEffect(() => {
    if (!loaded || paused || snapshot === saved.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void persist(), DRAFT_DEBOUNCE_MS);
    return () => clearTimeout(timer.current);
  }, [snapshot, loaded, paused, persist]);

  useEffect(() => {
    const offLeave = onBeforeLeave(persist);
    const onPageHide = () => void persist();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      offLeave();
      window.removeEventListener('pagehide', onPageHide);
      void persist();
    };
  }, [persist]);

  return {
    /** The kept draft has been read (and put back, if there was one). */
    loaded,
    state,
    /** When the draft put back on the form was saved; null once dismissed or replaced. */
    restoredAt,
    dismissRestored: () => setRestoredAt(null),
    /** Before registering: nothing pending, nothing on its way. */
    settle: (): Promise<void> => {
      clearTimeout(timer.current);
      return queue.current;
    },
    /** The form was reset by the person: the kept draft goes too. */
    discard: (): Promise<void> => {
      clearTimeout(timer.current);
      setRestoredAt(null);
      queue.current = queue.current.then(async () => {
        try {
          await invoke('drafts/clear', { form });
          saved.current = null;
          setState('idle');
        } catch {
          setState('failed');
        }
      });
      return queue.current;
    },
    /** The core cleared the draft itself (the form was registered). */
    forget: useCallback(() => {
      clearTimeout(timer.current);
      saved.current = null;
      setRestoredAt(null);
      setState('idle');
    }, []),
  };
}
