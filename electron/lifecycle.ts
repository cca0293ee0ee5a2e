import { app } from 'electron';
import type { Core } from '../main/core';

/**
 * Quitting waits for the core to close: pending writes finish and SQLite checkpoints its WAL, so
 * the next start (or an installed update) finds a clean database.
 */
export function closeCoreOnQuit(core: Pick<Core, 'close'>): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    core
      .close()
      .catch((error: unknown) => console.error('Depot: the core did not close cleanly', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

export function startupErrorMessage(error: unknown): string {
  // The core's refusals (e.g. a database written by a newer Depot) are worded for the user.
  return error instanceof Error ? error.message : String(error);
}
