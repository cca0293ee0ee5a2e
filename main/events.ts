// Events the core pushes to every window (the preload's `on`): progress of long work,
// updater state, and the like. Payloads are plain JSON.
export type CoreEventMap = {
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
