// Events the core pushes to every window (the preload's `on`): progress of long work,
// updater state, what a committed write changed, and the like. Payloads are plain JSON.

/** One record a committed write touched, as its audit row names it (`entityId` as stored). */
export type DataChange = { entity: string; id: string | null };

/**
 * A write committed (issue 11, item 3: live screens). Published after the commit, never for a
 * rolled-back write, so a screen that refetches on it reads what is really there. `changes` are
 * the audit rows the write committed; empty when it committed none (the screens then refetch
 * everything they show). `version` is the last audit row's id: it only grows.
 */
export type DataChanged = {
  changes: DataChange[];
  by: { id: number; displayName: string } | null;
  channel: string;
  version: number;
};

export type CoreEventMap = {
  'data/changed': DataChanged;
  'core/progress': { task: string; done: number; total: number };
  'updater/status': {
    state: 'checking' | 'available' | 'downloading' | 'ready' | 'none' | 'error';
    percent?: number;
    version?: string;
    message?: string;
  };
};

export type CoreEventName = keyof CoreEventMap;
type Listener<E extends CoreEventName> = (payload: CoreEventMap[E]) => void;

export type CoreEvents = {
  emit: <E extends CoreEventName>(event: E, payload: CoreEventMap[E]) => void;
  on: <E extends CoreEventName>(event: E, listener: Listener<E>) => () => void;
};

export function createCoreEvents(): CoreEvents {
  const listeners = new Map<CoreEventName, Set<(payload: unknown) => void>>();
  return {
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const erased = listener as (payload: unknown) => void;
      set.add(erased);
      return () => set.delete(erased);
    },
  };
}
