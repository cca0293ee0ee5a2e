import type { PreloadBridge, Transport } from './types';

/** Desktop app: the preload's `window.depot`; documents open in the shell's own preview. */
export function createIpcTransport(bridge: PreloadBridge): Transport {
  return {
    kind: 'ipc',
    call: (channel, input) => bridge.invoke(channel, input ?? {}),
    subscribe: (event, listener) => bridge.on(event, listener),
    documentUrl: (ticket) => `depot-doc://document/${encodeURIComponent(ticket)}`,
  };
}
