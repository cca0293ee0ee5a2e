import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoreEvents } from '../main/events';
import { createAppUrls } from './appUrls';

const handlers = vi.hoisted(() => new Map<string, (...args: unknown[]) => unknown>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => unknown) => {
      handlers.set(channel, handler);
    },
  },
}));

const { createSenderCheck, forwardCoreEvents, registerIpc } = await import('./registerIpc');

const urls = createAppUrls({});
const ownContents = { id: 7 };

type Frame = { url: string; parent: Frame | null };

function callFrom(options: { url: string; sender?: { id: number }; subFrame?: boolean }) {
  const top: Frame = { url: options.url, parent: null };
  const senderFrame = options.subFrame ? { url: options.url, parent: top } : top;
  const event = { sender: options.sender ?? ownContents, senderFrame };
  const handler = handlers.get('depot:invoke')!;
  return handler(event as unknown as IpcMainInvokeEvent, 'staff/list', { page: 1 });
}

describe('depot:invoke', () => {
  const invoke = vi.fn(async () => ({ ok: true as const, data: ['ada'] }));

  beforeEach(() => {
    invoke.mockClear();
    handlers.clear();
    const isMainWindow = (contents: WebContents) => contents.id === ownContents.id;
    registerIpc({ invoke }, createSenderCheck({ isMainWindow, isAppUrl: urls.isAppUrl }));
  });

  it("passes the app's own calls to the core as that window's client", async () => {
    await expect(callFrom({ url: `${urls.entry}#/intake` })).resolves.toEqual({
      ok: true,
      data: ['ada'],
    });
    expect(invoke).toHaveBeenCalledWith('wc:7', 'staff/list', { page: 1 });
  });

  it.each([
    ['a foreign page', { url: 'https://evil.example/' }],
    ['a sub-frame of the app', { url: urls.entry, subFrame: true }],
    ['a window that is not a main window', { url: urls.entry, sender: { id: 99 } }],
  ])('refuses %s without reaching the core', async (_name, options) => {
    const result = await callFrom(options);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'core.pageMayNotCall' },
    });
    expect(invoke).not.toHaveBeenCalled();
  });
});

describe('core events', () => {
  it('reach every main window on depot:event', () => {
    const events = createCoreEvents();
    const send = vi.fn();
    const window = { isDestroyed: () => false, send } as unknown as WebContents;
    const stop = forwardCoreEvents(events, () => [window]);

    events.emit('updater/status', { state: 'downloading', percent: 40 });
    expect(send).toHaveBeenCalledWith('depot:event', 'updater/status', {
      state: 'downloading',
      percent: 40,
    });
    stop();
    events.emit('core/progress', { task: 'import', done: 1, total: 2 });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('include what a committed write changed, so every window refreshes (issue 11, item 3)', () => {
    const events = createCoreEvents();
    const send = vi.fn();
    const window = { isDestroyed: () => false, send } as unknown as WebContents;
    const stop = forwardCoreEvents(events, () => [window]);
    const change = {
      changes: [{ entity: 'ticket', id: '12' }],
      by: { id: 3, displayName: '王小明' },
      channel: 'bench/accept',
      version: 41,
    };
    events.emit('data/changed', change);
    expect(send).toHaveBeenCalledWith('depot:event', 'data/changed', change);
    stop();
  });
});
