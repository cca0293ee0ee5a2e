import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createCoreEvents } from '../main/events';

const fake = vi.hoisted(() => ({ updater: null as unknown }));
vi.mock('electron-updater', () => ({
  default: {
    get autoUpdater() {
      return fake.updater;
    },
  },
}));

const { startUpdater } = await import('./updater');

class FakeUpdater extends EventEmitter {
  allowDowngrade = true;
  allowPrerelease = true;
  readonly checkForUpdates = vi.fn(() => Promise.resolve(null));
}

describe('updater', () => {
  it('never installs an older or pre-release version from the feed', () => {
    const updater = new FakeUpdater();
    fake.updater = updater;
    startUpdater(createCoreEvents());
    expect(updater.allowDowngrade).toBe(false);
    expect(updater.allowPrerelease).toBe(false);
    expect(updater.checkForUpdates).toHaveBeenCalled();
  });

  it('reports a refused update (e.g. a bad signature) to the screens', () => {
    const updater = new FakeUpdater();
    fake.updater = updater;
    const events = createCoreEvents();
    const seen: unknown[] = [];
    events.on('updater/status', (payload) => seen.push(payload));
    startUpdater(events);
    updater.emit('error', new Error('New version is not signed by the application owner'));
    expect(seen).toEqual([
      { state: 'error', message: 'New version is not signed by the application owner' },
    ]);
  });
});
