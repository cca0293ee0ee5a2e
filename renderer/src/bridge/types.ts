import type { Result } from '../../../main/contract/errors';
import type { CoreEventMap, CoreEventName } from '../../../main/events';
import type { DepotBridge } from '../../../electron/bridgeTypes';

export type { CoreEventMap, CoreEventName };

/** What the Electron preload exposes as `window.depot`: invoke and on, nothing else. */
export type PreloadBridge = DepotBridge;

/** How one call reaches the core: IPC in the desktop app, HTTP in browser mode. */
export type Transport = {
  kind: 'ipc' | 'http';
  call: (channel: string, input: unknown) => Promise<Result<unknown>>;
  subscribe: (event: CoreEventName, listener: (payload: unknown) => void) => () => void;
  /** Where a documents/open ticket is shown (never a long-lived secret in the URL). */
  documentUrl: (ticket: string) => string;
};

declare global {
  interface Window {
    depot?: PreloadBridge;
  }
}
