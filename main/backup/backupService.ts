import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { refuse, toErrorData, type ErrorData } from '../contract/errors';
import { writeAudit } from '../audit/auditLog';
import type { Actor } from '../contract/roles';
import type { CoreEvents } from '../events';
import type { SessionStore } from '../session/sessionStore';
import type { SettingsStore } from '../settings/settingsStore';
import {
  isBackupName,
  listBackups,
  pruneBackups,
  type BackupReason,
  type BackupSummary,
} from '../db/backupFolder';
import { delayUntil, nextBackupDue } from '../db/backupSchedule';
import { writeBackup, type WrittenBackup } from '../db/backupSet';
import { verifyBackup, type BackupCheck } from '../db/backupVerify';
import { migrateConnected } from '../db/open';
import { fillOutcomes } from '../outcomes/fill';
import { recoverInterruptedRestore, restoreDepot, type RestoreResult } from '../db/restore';
import { backupFolderOf } from './backupSettings';
import type { MaintenanceGate } from './maintenanceGate';

// The running depot's backups (issue 9, defect 6): daily while it runs, on request, and the
// live restore. One backup or restore at a time; progress goes out as `core/progress`.

export type LastBackup = {
  at: string;
  reason: BackupReason;
  ok: boolean;
  name: string | null;
  error: ErrorData | null;
};

export type BackupStatus = {
  folder: string;
  keep: number;
  running: 'backup' | 'restore' | null;
  last: LastBackup | null;
  nextDueAt: string | null;
};

export type BackupService = {
  status: () => BackupStatus;
  list: () => Promise<BackupSummary[]>;
  backup: (reason: BackupReason) => Promise<WrittenBackup>;
  verify: (name: string) => Promise<BackupCheck>;
  restore: (name: string, actor: Actor) => Promise<RestoreResult>;
  /** Starts the daily timer (it never keeps the process alive). */
  startSchedule: () => void;
  close: () => Promise<void>;
};

export type BackupServiceOptions = {
  db: Knex;
  dbFile: string;
  dataDir: string;
  version: string;
  now: () => Date;
  events: CoreEvents;
  settings: SettingsStore;
  sessions: SessionStore;
  gate: MaintenanceGate;
  /** What the start-up backup did, if it ran (startupBackup.ts). */
  lastAtStart?: LastBackup | null;
  /** A restore is refused while this says another reader holds the file (a verification). */
  busyReading?: () => boolean;
  /** Runs once the restored database is open again (the whole-depot verification). */
  afterRestore?: () => void;
  log?: (line: string) => void;
};

export function createBackupService(o: BackupServiceOptions): BackupService {
  const log = o.log ?? ((line: string) => console.log(line));
  const startedAt = o.now();
  const folder = () => backupFolderOf(o.settings.current().backup, o.dataDir);
  let running: BackupStatus['running'] = null;
  let last: LastBackup | null = o.lastAtStart ?? null;
  let lastFailureAt: Date | null = null;
  let nextDue: Date | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  let queue: Promise<unknown> = Promise.resolve();

  /** One backup or restore at a time, in the order asked. */
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.catch(() => undefined).then(work);
    queue = next;
    return next;
  }

  const progress = (task: string) => (done: number, total: number) =>
    o.events.emit('core/progress', { task, done, total });

  function backupDir(name: string): string {
    const dir = join(folder(), name);
    if (!isBackupName(name) || !existsSync(dir)) {
      throw refuse('NOT_FOUND', 'backup.backupNotFound', {
        params: { name, folder: folder() },
        message: `There is no backup ${name} in ${folder()}.`,
        details: { name },
      });
    }
    return dir;
  }

  async function write(reason: BackupReason): Promise<WrittenBackup> {
    return writeBackup({
      db: o.db,
      dataDir: o.dataDir,
      folder: folder(),
      reason,
      depotVersion: o.version,
      now: o.now(),
      onProgress: progress('backup'),
    });
  }

  function backup(reason: BackupReason): Promise<WrittenBackup> {
    return serial(async () => {
      running = 'backup';
      const at = o.now().toISOString();
      try {
        const written = await write(reason);
        await pruneBackups(folder(), o.settings.current().backup.keep);
        last = { at, reason, ok: true, name: written.name, error: null };
        lastFailureAt = null;
        return written;
      } catch (error) {
        last = { at, reason, ok: false, name: null, error: toErrorData(error) };
        lastFailureAt = o.now();
        throw error;
      } finally {
        running = null;
      }
    });
  }

  async function restore(name: string, actor: Actor): Promise<RestoreResult> {
    const dir = backupDir(name);
    if (o.busyReading?.()) {
      throw refuse('CONFLICT', 'backup.verifyingNow', {
        message: 'The depot is being verified; restore when it is done.',
      });
    }
    return o.gate.exclusive(() =>
      serial(async () => {
        running = 'restore';
        const staff: { id: number }[] = await o.db('staff').select('id');
        let released = false;
        let result: RestoreResult;
        try {
          result = await restoreDepot({
            backupDir: dir,
            dbFile: o.dbFile,
            dataDir: o.dataDir,
            safetyBackup: async () => (await write('before-restore')).name,
            release: async () => {
              released = true;
              await o.db.destroy();
            },
            onProgress: progress('restore'),
          });
        } finally {
          if (released) await reopen(staff);
          running = null;
        }
        await recordRestore(result, actor);
        o.afterRestore?.();
        return result;
      }),
    );
  }

  /** The same knex instance reconnects, so every holder of `db` sees the restored file. */
  async function reopen(staff: { id: number }[]): Promise<void> {
    // A swap whose rollback failed just now is retried before the file is opened again.
    await recoverInterruptedRestore(o.dbFile, o.dataDir);
    o.db.initialize();
    await migrateConnected(o.db);
    await o.settings.load(o.db);
    await fillOutcomes(o.db, o.settings.current());
    // Whoever was signed in was signed in against the replaced data: everyone signs in again.
    for (const s of staff) o.sessions.refreshActor(null, s.id);
  }

  /** Audited in the restored trail; the restorer may not exist there (staff id then null). */
  async function recordRestore(result: RestoreResult, actor: Actor): Promise<void> {
    await o.db.transaction(async (trx) => {
      const known = await trx('staff').where({ id: actor.id }).first('id');
      await writeAudit(trx, {
        entity: 'backup',
        entityId: result.restored,
        action: 'restore',
        after: { ...result, by: actor.displayName },
        channel: 'backup/restore',
        staffId: known ? actor.id : null,
        at: o.now(),
      });
    });
  }

  async function schedule(): Promise<void> {
    if (closed) return;
    const newest = (await listBackups(folder()).catch(() => []))[0];
    if (closed) return; // closed while the folder was read
    const due = nextBackupDue(newest ? new Date(newest.createdAt) : null, startedAt, lastFailureAt);
    nextDue = due;
    timer = setTimeout(
      () => {
        backup('daily')
          .catch((error: unknown) =>
            log(`[depot] daily backup failed: ${toErrorData(error).message}`),
          )
          .finally(() => void schedule());
      },
      delayUntil(due, o.now()),
    );
    timer.unref();
  }

  return {
    status: () => ({
      folder: folder(),
      keep: o.settings.current().backup.keep,
      running,
      last,
      nextDueAt: nextDue?.toISOString() ?? null,
    }),
    list: () => listBackups(folder()),
    backup,
    verify: async (name) => verifyBackup(backupDir(name), progress('verify-backup')),
    restore,
    startSchedule: () => void schedule(),
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await queue.catch(() => undefined);
    },
  };
}
