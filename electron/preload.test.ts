import { describe, expect, it, vi } from 'vitest';
import type { DepotBridge } from './bridgeTypes';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async () => ({ ok: true, data: null })),
  listeners: new Set<(...args: unknown[]) => void>(),
}));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (_channel: string, listener: (...args: unknown[]) => void) => {
      electron.listeners.add(listener);
    },
    removeListener: (_channel: string, listener: (...args: unknown[]) => void) => {
      electron.listeners.delete(listener);
    },
  },
}));

await import('./preload');
const bridge = electron.exposed.get('depot') as DepotBridge;

describe('preload', () => {
  it('exposes window.depot with exactly invoke and on', () => {
    expect([...electron.exposed.keys()]).toEqual(['depot']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('sends every call through the one invoke channel', async () => {
    await bridge.invoke('tickets/create', { serial: 'A1' });
    expect(electron.invoke).toHaveBeenCalledWith('depot:invoke', 'tickets/create', {
      serial: 'A1',
    });
  });

  it('hands a listener only its own event, without the IPC event object, until unsubscribed', () => {
    const listener = vi.fn();
    const off = bridge.on('updater/status', listener);
    for (const forward of electron.listeners) {
      forward({ sender: 'ipc internals' }, 'core/progress', { done: 1 });
      forward({ sender: 'ipc internals' }, 'updater/status', { state: 'ready' });
    }
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ state: 'ready' });
    off();
    expect(electron.listeners.size).toBe(0);
  });
});
