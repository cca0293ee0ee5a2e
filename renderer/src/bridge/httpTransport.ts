import type { ErrorData, Result } from '../../../main/contract/errors';
import { captureToken, sessionId } from './browserSession';
import { DepotClientError } from './errors';
import type { CoreEventName, Transport } from './types';

type Fetch = typeof fetch;

function transportError(message: string): DepotClientError {
  return new DepotClientError('TRANSPORT', message);
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: Partial<ErrorData> };
  if (v.ok === true) return 'data' in value;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}

/**
 * Browser mode: `POST /api/<channel>` with the input as JSON, the tab's token and session id in
 * headers; the reply is the same Result the IPC bridge returns. Core events come over one shared
 * EventSource.
 */
export function createHttpTransport(deps: { fetch?: Fetch; base?: string } = {}): Transport {
  const base = deps.base ?? '';
  const token = captureToken();
  const session = sessionId();
  const doFetch: Fetch = deps.fetch ?? ((...args) => window.fetch(...args));

  let source: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function ensureSource(): void {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token ?? '')}`);
    source.onmessage = (message: MessageEvent<string>) => {
      let parsed: { event?: unknown; payload?: unknown };
      try {
        parsed = JSON.parse(message.data) as { event?: unknown; payload?: unknown };
      } catch {
        return;
      }
      if (typeof parsed.event !== 'string') return;
      for (const listener of listeners.get(parsed.event) ?? []) listener(parsed.payload);
    };
  }

  return {
    kind: 'http',
    async call(channel, input) {
      let response: Response;
      try {
        response = await doFetch(`${base}/api/${channel}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${token ?? ''}`,
            'X-Depot-Session': session,
          },
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        throw transportError(
          `The Depot server cannot be reached (${error instanceof Error ? error.message : 'network error'}).`,
        );
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw transportError(`The Depot server answered ${response.status} without a result.`);
      }
      if (!isResult(body)) {
        throw transportError(`The Depot server answered ${response.status} with an unknown reply.`);
      }
      return body;
    },
    subscribe(event: CoreEventName, listener) {
      ensureSource();
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    documentUrl: (id) => `${base}/documents/${id}.pdf?token=${encodeURIComponent(token ?? '')}`,
  };
}
