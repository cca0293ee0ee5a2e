import type { Result } from '../main/contract/errors';

/** What the preload exposes as `window.depot`: invoke and on, nothing else (STYLE habit 3). */
export type DepotBridge = {
  invoke: (channel: string, input: unknown) => Promise<Result<unknown>>;
  /** Subscribes to one core event; returns the unsubscribe function. */
  on: (event: string, listener: (payload: unknown) => void) => () => void;
};
