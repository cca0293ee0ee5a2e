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

/** The part of an EventSource the transport uses (a stand-in in tests). */
export type EventsConnection = {
  onmessage: ((message: MessageEvent<string>) => void) | null;
  onerror: ((event: Event) => void) | null;
  close: () => void;
};

export type HttpTransportDeps = {
  fetch?: Fetch;
  base?: string;
  /** Opens the events stream; EventSource in a browser. */
  openEvents?: (url: string) => EventsConnection;
  /** Calls `reconnect` when the stream should be tried again after it failed. */
  retry?: (reconnect: () => void) => void;
};

const RETRY_MS = 3_000;

/**
 * Browser mode: `POST /api/<channel>` with the input as JSON, the tab's token and session id in
 * headers; the reply is the same Result the IPC bridge returns. Core events come over one
 * EventSource, which cannot send headers: it opens with a single-use ticket from
 * `POST /api/events/ticket`, and a new ticket after every failure, so the long-lived token is
 * never in a URL (issue 9). Documents open by a documents/open ticket in the same way.
 */
export function createHttpTransport(deps: HttpTransportDeps = {}): Transport {
  const base = deps.base ?? '';
  const token = captureToken();
  const session = sessionId();
  const doFetch: Fetch = deps.fetch ?? ((...args) => window.fetch(...args));
  const openEvents =
    deps.openEvents ??
    (typeof EventSource === 'undefined' ? null : (url: string) => new EventSource(url));
  const retry = deps.retry ?? ((reconnect) => void setTimeout(reconnect, RETRY_MS));

  let source: EventsConnection | null = null;
  let connecting = false;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  async function post(path: string, body: unknown): Promise<Response> {
    return doFetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token ?? ''}`,
        'X-Depot-Session': session,
      },
      body: JSON.stringify(body ?? {}),
    });
  }

  async function eventsTicket(): Promise<string | null> {
    try {
      const reply: unknown = await (await post('/api/events/ticket', {})).json();
      const data = isResult(reply) && reply.ok ? (reply.data as { ticket?: unknown }) : null;
      return typeof data?.ticket === 'string' ? data.ticket : null;
    } catch {
      return null;
    }
  }

  function deliver(message: MessageEvent<string>): void {
    let parsed: { event?: unknown; payload?: unknown };
    try {
      parsed = JSON.parse(message.data) as { event?: unknown; payload?: unknown };
    } catch {
      return;
    }
    if (typeof parsed.event !== 'string') return;
    for (const listener of listeners.get(parsed.event) ?? []) listener(parsed.payload);
  }

  async function connect(): Promise<void> {
    const ticket = await eventsTicket();
    connecting = false;
    if (ticket === null || !openEvents) return retry(ensureSource);
    const opened = openEvents(`${base}/api/events?ticket=${encodeURIComponent(ticket)}`);
    opened.onmessage = deliver;
    // The browser would retry with the same, used-up ticket: close it and ask for a new one.
    opened.onerror = () => {
      opened.close();
      if (source === opened) source = null;
      retry(ensureSource);
    };
    source = opened;
  }

  function ensureSource(): void {
    if (source || connecting || !openEvents) return;
    connecting = true;
    void connect();
  }

  return {
    kind: 'http',
    async call(channel, input) {
      let response: Response;
      try {
        response = await post(`/api/${channel}`, input);
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
    // A documents/open ticket: single use, this session only, 60 seconds.
    documentUrl: (ticket) => `${base}/documents/${encodeURIComponent(ticket)}.pdf`,
  };
}
