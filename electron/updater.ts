import electronUpdater, { type AppUpdater } from 'electron-updater';
import type { CoreEventMap, CoreEvents } from '../main/events';

// electron-updater is CommonJS whose `autoUpdater` is a getter Node's ESM loader cannot see as a
// named export, so it is read from the default export; and only when needed, because reading it
// builds the platform's updater, which an unpackaged (development) run never uses.
const updater = (): AppUpdater => electronUpdater.autoUpdater;

/** Handed to the core as host.installUpdate: the screens offer it once an update is ready. */
export function installUpdate(): void {
  updater().quitAndInstall();
}

/**
 * Downloads updates in the background and reports each step as 'updater/status', so the screens
 * can show progress and offer the restart; installing waits for the user (or the next quit).
 */
export function startUpdater(events: CoreEvents): void {
  const autoUpdater = updater();
  // An older release, even one properly signed, may carry a hole a later one closed: never go
  // back, and never take a pre-release from the feed (docs/security.md).
  autoUpdater.allowDowngrade = false;
  autoUpdater.allowPrerelease = false;
  const status = (payload: CoreEventMap['updater/status']) =>
    events.emit('updater/status', payload);
  autoUpdater.on('checking-for-update', () => status({ state: 'checking' }));
  autoUpdater.on('update-available', (info) =>
    status({ state: 'available', version: info.version }),
  );
  autoUpdater.on('download-progress', (progress) =>
    status({ state: 'downloading', percent: Math.round(progress.percent) }),
  );
  autoUpdater.on('update-downloaded', (info) => status({ state: 'ready', version: info.version }));
  autoUpdater.on('update-not-available', () => status({ state: 'none' }));
  autoUpdater.on('error', (error) => status({ state: 'error', message: error.message }));
  // A failed check is already reported through the 'error' event above.
  autoUpdater.checkForUpdates().catch(() => undefined);
}
