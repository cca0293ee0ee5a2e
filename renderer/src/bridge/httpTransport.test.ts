import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DepotClientError } from './errors';
import { createHttpTransport, type EventsConnection } from './httpTransport';
import { invoke, onClientError, setTransport } from './client';

type Call = { url: string; init: RequestInit };

function stubFetch(reply: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const call = { url: String(url), init: init ?? {} };
    calls.push(call);
    return reply(call);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the browser-mode transport', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/?token=secret-token#/intake');
  });
  afterEach(() => {
    setTransport(null);
  });

  it('takes the token from the URL once, keeps it for the tab and hides it from the address bar', () => {
    createHttpTransport({ fetch: stubFetch(() => json({ ok: true, data: null })).fetch });
    expect(window.sessionStorage.getItem('depot.token')).toBe('secret-token');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/intake');

    // A reload has no token in the URL; the tab still has it.
    createHttpTransport({ fetch: stubFetch(() => json({ ok: true, data: null })).fetch });
    expect(window.sessionStorage.getItem('depot.token')).toBe('secret-token');
  });

  it('posts the input to /api/<channel> with the token and a stable per-tab session id', async () => {
    const { fetch, calls } = stubFetch(() =>
      json({
        ok: true,
        data: { id: 7, username: 'mchen', displayName: '陳美玲', roles: ['admin'] },
      }),
    );
    setTransport(createHttpTransport({ fetch }));

    const actor = await invoke('session/signIn', { staffId: 7, pin: '1234' });
    await invoke('session/status', {});

    expect(actor.displayName).toBe('陳美玲');
    expect(calls[0].url).toBe('/api/session/signIn');
    expect(calls[0].init.method).toBe('POST');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ staffId: 7, pin: '1234' });
    const headers = calls[0].init.headers as Record<string, string>;
    expect(headers.Authorization).toBe('Bearer secret-token');
    expect(headers['X-Depot-Session']).toMatch(/^[0-9a-f-]{36}$/);
    expect((calls[1].init.headers as Record<string, string>)['X-Depot-Session']).toBe(
      headers['X-Depot-Session'],
    );
  });

  it('rebuilds a core error as a DepotClientError with its code and details', async () => {
    const { fetch } = stubFetch(() =>
      json(
        {
          ok: false,
          error: {
            code: 'BAD_PIN',
            message: 'Wrong PIN; 3 tries left.',
            details: { triesLeft: 3 },
          },
        },
        401,
      ),
    );
    setTransport(createHttpTransport({ fetch }));

    const error = await invoke('session/signIn', { staffId: 1, pin: '0000' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DepotClientError);
    const e = error as DepotClientError;
    expect(e.code).toBe('BAD_PIN');
    expect(e.message).toBe('Wrong PIN; 3 tries left.');
    expect(e.detailNumber('triesLeft')).toBe(3);
  });

  it('exposes VALIDATION issues by field path', async () => {
    const issues = [{ field: 'depot.name', message: 'Depot name is required' }];
    const { fetch } = stubFetch(() =>
      json({ ok: false, error: { code: 'VALIDATION', message: 'Invalid', details: { issues } } }),
    );
    setTransport(createHttpTransport({ fetch }));
    const e = (await invoke('settings/update', { depot: { name: '' } }).catch(
      (x: unknown) => x,
    )) as DepotClientError;
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toEqual(issues);
  });

  it('reports an unreachable server or a non-Result reply as TRANSPORT', async () => {
    setTransport(
      createHttpTransport({
        fetch: stubFetch(() => {
          throw new TypeError('Failed to fetch');
        }).fetch,
      }),
    );
    const down = (await invoke('session/status', {}).catch((x: unknown) => x)) as DepotClientError;
    expect(down.code).toBe('TRANSPORT');

    setTransport(
      createHttpTransport({
        fetch: stubFetch(() => new Response('<html>502</html>', { status: 502 })).fetch,
      }),
    );
    const proxy = (await invoke('session/status', {}).catch((x: unknown) => x)) as DepotClientError;
    expect(proxy.code).toBe('TRANSPORT');
    expect(proxy.message).toContain('502');
  });

  it('tells the app-wide listener about every failed call before the caller sees it', async () => {
    const { fetch } = stubFetch(() =>
      json({
        ok: false,
        error: { code: 'SESSION_LOCKED', message: 'This workstation is locked.' },
      }),
    );
    setTransport(createHttpTransport({ fetch }));
    const seen: string[] = [];
    const stop = onClientError((error, channel) => seen.push(`${channel}:${error.code}`));
    await invoke('settings/get', {}).catch(() => undefined);
    stop();
    await invoke('settings/get', {}).catch(() => undefined);
    expect(seen).toEqual(['settings/get:SESSION_LOCKED']);
  });

  it('builds the document URL from a documents/open ticket, with no token in it', () => {
    const transport = createHttpTransport({
      fetch: stubFetch(() => json({ ok: true, data: null })).fetch,
    });
    const url = transport.documentUrl('Xy_-9'.repeat(8) + 'abc');
    expect(url).toBe(`/documents/${'Xy_-9'.repeat(8)}abc.pdf`);
    expect(url).not.toContain('secret-token');
  });
});

/** A stand-in EventSource: records its URL; the test plays the server's side. */
class FakeEvents implements EventsConnection {
  onmessage: EventsConnection['onmessage'] = null;
  onerror: EventsConnection['onerror'] = null;
  closed = false;
  constructor(readonly url: string) {}
  close() {
    this.closed = true;
  }
  send(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(data) }));
  }
}

describe('the browser-mode events stream', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/?token=secret-token#/');
  });

  /** A transport whose stream opens are awaited one by one: the test waits on them, not on time. */
  function eventsTransport() {
    let issued = 0;
    const { fetch, calls } = stubFetch(({ url }) =>
      url === '/api/events/ticket'
        ? json({ ok: true, data: { ticket: `ticket-${++issued}`, expiresAt: 'x' } })
        : json({ ok: true, data: null }),
    );
    const opened: FakeEvents[] = [];
    const waiting: ((source: FakeEvents) => void)[] = [];
    const retries: (() => void)[] = [];
    const transport = createHttpTransport({
      fetch,
      openEvents: (url) => {
        const source = new FakeEvents(url);
        opened.push(source);
        waiting.shift()?.(source);
        return source;
      },
      retry: (reconnect) => retries.push(reconnect),
    });
    const nextOpen = () =>
      new Promise<FakeEvents>((resolve) => {
        waiting.push(resolve);
      });
    return { transport, calls, opened, retries, nextOpen };
  }

  it('opens with a single-use ticket from an authenticated POST, never with the token', async () => {
    const { transport, calls, nextOpen } = eventsTransport();
    const opening = nextOpen();
    const seen: unknown[] = [];
    transport.subscribe('core/progress', (payload) => seen.push(payload));
    const source = await opening;

    expect(source.url).toBe('/api/events?ticket=ticket-1');
    expect(source.url).not.toContain('secret-token');
    const ticketCall = calls.find((c) => c.url === '/api/events/ticket')!;
    expect(ticketCall.init.method).toBe('POST');
    const headers = ticketCall.init.headers as Record<string, string>;
    expect(headers.Authorization).toBe('Bearer secret-token');
    expect(headers['X-Depot-Session']).toMatch(/^[0-9a-f-]{36}$/);

    source.send({ event: 'core/progress', payload: { task: 'import', done: 1, total: 2 } });
    source.send({ event: 'updater/status', payload: { state: 'none' } });
    expect(seen).toEqual([{ task: 'import', done: 1, total: 2 }]);
  });

  it('after the stream fails, closes it and opens a new one with a fresh ticket', async () => {
    const { transport, opened, retries, nextOpen } = eventsTransport();
    const first = nextOpen();
    transport.subscribe('core/progress', () => undefined);
    transport.subscribe('updater/status', () => undefined);
    const source = await first;
    expect(opened).toHaveLength(1); // one stream for every listener

    source.onerror?.(new Event('error'));
    expect(source.closed).toBe(true);
    expect(retries).toHaveLength(1);
    const second = nextOpen();
    retries[0]();
    expect((await second).url).toBe('/api/events?ticket=ticket-2');
  });
});
