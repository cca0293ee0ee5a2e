import type { DataChanged } from '../../../main/events';
import { onCoreEvent } from '../bridge';

/** Where the data layer hears about committed writes: the core, or a test's hand. */
export type LiveSource = (listener: (change: DataChanged) => void) => () => void;

/** The core's data/changed, over IPC or browser mode's event stream (the bridge chooses). */
export const coreLiveSource: LiveSource = (listener) => onCoreEvent('data/changed', listener);

/** A source a test drives: `emit` delivers a change to every listener, as the core would. */
export function createLiveHub(): LiveSource & { emit: (change: DataChanged) => void } {
  const listeners = new Set<(change: DataChanged) => void>();
  const source: LiveSource = (listener) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  return Object.assign(source, {
    emit: (change: DataChanged) => listeners.forEach((listener) => listener(change)),
  });
}
