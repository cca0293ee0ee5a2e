import type { Channel, Input, Output } from './contract';
import { DepotClientError } from './errors';
import { createHttpTransport } from './httpTransport';
import { createIpcTransport } from './ipcTransport';
import type { CoreEventMap, CoreEventName, Transport } from './types';

let transport: Transport | null = null;

/** IPC when the Electron preload is there, HTTP (browser mode) otherwise. Chosen once. */
function current(): Transport {
  if (!transport) {
    transport = window.depot ? createIpcTransport(window.depot) : createHttpTransport();
  }
  return transport;
}

/** Tests and the browser-mode bootstrap may set the transport explicitly. */
export function setTransport(next: Transport | null): void {
  transport = next;
}

type ErrorListener = (error: DepotClientError, channel: Channel) => void;
const errorListeners = new Set<ErrorListener>();

/**
 * Every failed call is reported here before it is thrown, so the app can react in one place to
 * errors that are not the screen's business (SESSION_LOCKED shows the lock screen).
 */
export function onClientError(listener: ErrorListener): () => void {
  errorListeners.add(listener);
  return () => {
    errorListeners.delete(listener);
  };
}

/** The one typed way to call the core: input and output types come from the handler map. */
export async function invoke<K extends Channel>(channel: K, input: Input<K>): Promise<Output<K>> {
  let error: DepotClientError;
  try {
    const result = await current().call(channel, input);
    if (result.ok) return result.data as Output<K>;
    error = DepotClientError.fromData(result.error);
  } catch (thrown) {
    error =
      thrown instanceof DepotClientError
        ? thrown
        : new DepotClientError(
            'TRANSPORT',
            thrown instanceof Error ? thrown.message : String(thrown),
          );
  }
  for (const listener of errorListeners) listener(error, channel);
  throw error;
}

/**
 * Opens an archived document: the shell's preview in Electron, the PDF in a new browser tab.
 * The link carries a single-use ticket the core issues for this session and this document only
 * (issue 9, defect 3); a refusal (locked, role may not read it) is thrown like any call's.
 */
export async function openDocument(id: number): Promise<void> {
  const { ticket } = await invoke('documents/open', { documentId: id });
  window.open(current().documentUrl(ticket), '_blank', 'noopener');
}

export function onCoreEvent<E extends CoreEventName>(
  event: E,
  listener: (payload: CoreEventMap[E]) => void,
): () => void {
  return current().subscribe(event, (payload) => listener(payload as CoreEventMap[E]));
}
