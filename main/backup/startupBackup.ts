import { refuse, toErrorData } from '../contract/errors';
import type { CoreEvents } from '../events';
import { listBackups, pruneBackups } from '../db/backupFolder';
import { backupNeededAtStart } from '../db/backupSchedule';
import { writeBackup } from '../db/backupSet';
import type { OpenOptions } from '../db/open';
import { backupFolderOf, readBackupSettings } from './backupSettings';
import type { LastBackup } from './backupService';

// The start-up backup (issue 9, defect 6) runs after the database's history was accepted and
// before any migration touches it, on the same connection. It is taken when a migration is
// pending or the newest backup is a day old; a new, empty database has nothing to keep.

export type StartBackupOptions = {
  dataDir: string;
  version: string;
  now: () => Date;
  events: CoreEvents;
  log?: (line: string) => void;
  /** Receives the outcome, for the backup status in Settings. */
  record?: (last: LastBackup) => void;
};

export function backupBeforeMigrating(
  o: StartBackupOptions,
): NonNullable<OpenOptions['beforeMigrate']> {
  const log = o.log ?? ((line: string) => console.log(line));
  return async (db, { applied, pending }) => {
    const settings = await readBackupSettings(db);
    const folder = backupFolderOf(settings, o.dataDir);
    const newest = (await listBackups(folder))[0];
    const need = backupNeededAtStart({
      applied: applied.length,
      pending: pending.length,
      newestBackupAt: newest ? new Date(newest.createdAt) : null,
      now: o.now(),
    });
    if (need === null) return;
    const at = o.now().toISOString();
    try {
      const written = await writeBackup({
        db,
        dataDir: o.dataDir,
        folder,
        reason: 'start',
        depotVersion: o.version,
        now: o.now(),
        onProgress: (done, total) =>
          o.events.emit('core/progress', { task: 'backup', done, total }),
      });
      await pruneBackups(folder, settings.keep);
      o.record?.({ at, reason: 'start', ok: true, name: written.name, error: null });
    } catch (error) {
      const data = toErrorData(error);
      o.record?.({ at, reason: 'start', ok: false, name: null, error: data });
      // No backup, no migration: the update waits until the depot can be backed up.
      if (need === 'migration') {
        throw refuse('CONFLICT', 'backup.backupBeforeUpdateFailed', {
          message:
            `Depot did not update the database: the backup before the update failed (${data.message}). ` +
            'The database was not changed.',
          details: { pending, backupError: data },
        });
      }
      log(`[depot] start-up backup failed, the depot opens without it: ${data.message}`);
    }
  };
}
