import { reasons } from './define';

// Backup and restore: the depot's files, backups, restoring, maintenance; opening the depot's
// database (its migration history, the lock of a running app) and seeding a new one.
export const backupReasons = reasons({
  /** Backups are copies of the SQLite file and the depot's folders. */
  sqliteOnly: {},
  /** A backup that does not pass its own verification is not kept. */
  backupUnverified: { count: 'number', first: 'string' },
  /** A damaged live file is not backed up as if it were whole (only a salvage copy records it). */
  depotFilesDamaged: { count: 'number', first: 'string' },
  backupNotFound: { name: 'string', folder: 'string' },
  /** The start-up copy comes first: no backup, no migration. */
  backupBeforeUpdateFailed: {},
  /** A row naming a file outside the depot's folders is never followed (a tampered row). */
  unexpectedFilePath: { path: 'string' },
  noDatabase: { file: 'string' },
  /** One process at a time holds a depot's files. */
  depotOpen: { pid: 'number', since: 'string' },
  /** A database written by a newer Depot is refused before anything is written. */
  newerDatabase: { migrations: 'string' },
  historyDisagrees: { position: 'number', database: 'string', code: 'string' },

  notABackup: { dir: 'string' },
  noManifest: { dir: 'string' },
  /** A backup is restored only whole. */
  restoreUnverified: { problems: 'string' },
  /** A salvage copy lacks what a damaged depot could not give it; it is restored knowingly. */
  salvageNeedsConfirmation: { count: 'number', first: 'string' },
  /** `--yes` alone does not restore a salvage copy (issue 9, defect 6 review). */
  salvageNeedsTypedYes: {},
  fileChangedWhileRestoring: { path: 'string' },
  nothingRestored: { cause: 'string' },
  rollBackPending: { stage: 'string' },
  /** Only one whole-depot job at a time: a restore waits for the verification. */
  verifyingNow: {},
  /** The maintenance gate: no call reads or writes while a restore replaces the database. */
  restoring: {},

  /** The demo depot goes into a new database only, never beside real records. */
  demoNeedsNewDatabase: {},
});
