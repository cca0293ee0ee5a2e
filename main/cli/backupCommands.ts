import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Knex } from 'knex';
import { backupFolderOf, readBackupSettings } from '../backup/backupSettings';
import { refuse } from '../contract/errors';
import { pruneBackups } from '../db/backupFolder';
import { writeBackup, type WrittenBackup } from '../db/backupSet';
import { checkMigrationHistory, connect, connectReadOnly, readHistory } from '../db/open';
import { refuseWhileOpen } from '../db/depotLock';
import { checkRestorable, recoverInterruptedRestore, restoreDepot } from '../db/restore';
import { migrations } from '../../migrations';
import { verifyCommand } from '../verify/verifyCommand';

// `depot backup` and `depot restore` (issue 9, defect 6): the same backup folders as the app
// writes (database copy, archived documents, photos, manifest), for a depot whose app is closed.

type Progress = (task: string) => {
  update: (done: number, total: number) => void;
  stop: () => void;
};

async function backupWith(
  db: Knex,
  dataDir: string,
  folder: string | undefined,
  reason: 'manual' | 'before-restore',
  version: string,
  progress: Progress,
): Promise<WrittenBackup> {
  const settings = await readBackupSettings(db);
  const target = folder ? resolve(folder) : backupFolderOf(settings, dataDir);
  const bar = progress('backup');
  try {
    const written = await writeBackup({
      db,
      dataDir,
      folder: target,
      reason,
      depotVersion: version,
      now: new Date(),
      onProgress: bar.update,
    });
    if (!folder && reason === 'manual') await pruneBackups(target, settings.keep);
    return written;
  } finally {
    bar.stop();
  }
}

/** `backup [<folder>]`: into the folder set in Settings unless one is named. */
export async function backupCommand(
  dbFile: string,
  dataDir: string,
  folder: string | undefined,
  version: string,
  progress: Progress,
): Promise<WrittenBackup> {
  if (!existsSync(dbFile)) {
    throw refuse('NOT_FOUND', 'backup.noDatabase', {
      params: { file: dbFile },
      message: `No database at ${dbFile}`,
    });
  }
  // A database this version must refuse is refused untouched, as when opening it.
  checkMigrationHistory(
    await readHistory(dbFile),
    migrations.map((m) => m.name),
  );
  const db = connect(dbFile);
  try {
    return await backupWith(db, dataDir, folder, 'manual', version, progress);
  } finally {
    await db.destroy();
  }
}

async function confirmed(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
  }
}

/**
 * `restore <backupDir> [--yes]`: checks the backup, asks, backs up the current state, replaces
 * the database and files, then opens (migrates) and verifies the restored depot.
 */
export async function restoreCommand(
  backupDir: string,
  dbFile: string,
  dataDir: string,
  options: { yes: boolean; version: string; progress: Progress },
): Promise<boolean> {
  const dir = resolve(backupDir);
  refuseWhileOpen(dataDir, 'restoring');
  await recoverInterruptedRestore(dbFile, dataDir);
  const { manifest } = await checkRestorable(dir, { acceptSalvage: true });
  if (!manifest) {
    throw refuse('NOT_FOUND', 'backup.noManifest', {
      params: { dir },
      message: `${dir} has no manifest.`,
    });
  }
  console.log(
    `Backup ${dir}: made ${manifest.createdAt} by Depot ${manifest.depotVersion}, ` +
      `${manifest.counts.documents} documents, ${manifest.counts.attachments} attachments, verified.`,
  );
  // A salvage copy lacks what the damaged depot could not give it: the admin reads the list
  // and types yes; --yes alone does not restore one (issue 9, defect 6 review).
  const salvage = manifest.salvage === true;
  if (salvage) {
    console.log('This backup is a salvage copy of a damaged depot. It lacks:');
    for (const p of manifest.problems ?? []) {
      console.log(`  ${p.code} ${p.path ?? p.detail ?? ''}`);
    }
    if (options.yes) {
      throw refuse('CONFLICT', 'backup.salvageNeedsTypedYes', {
        message:
          'A salvage copy is restored only after a typed yes naming its problems; run without --yes. Nothing was restored.',
        details: { problems: manifest.problems ?? [] },
      });
    }
  }
  if (
    !options.yes &&
    !(await confirmed(
      `Replace ${dbFile} and its files with this backup${salvage ? ', without the files listed above' : ''}? The current state is backed up first. Type yes to restore: `,
    ))
  ) {
    console.log('Nothing was restored.');
    return false;
  }
  const bar = options.progress('restore');
  const result = await restoreDepot({
    backupDir: dir,
    dbFile,
    dataDir,
    safetyBackup: async () => {
      if (!existsSync(dbFile)) return null; // nothing left to keep (a wiped or lost database)
      const db = connectReadOnly(dbFile);
      try {
        const written = await backupWith(
          db,
          dataDir,
          undefined,
          'before-restore',
          options.version,
          options.progress,
        );
        console.log(`Safety backup of the current state: ${written.dir}`);
        return written.name;
      } finally {
        await db.destroy();
      }
    },
    release: async () => undefined,
    acceptSalvage: salvage,
    onProgress: bar.update,
  });
  bar.stop();
  for (const p of result.problems) console.log(`  problem: ${p.code} ${p.path ?? p.detail ?? ''}`);
  console.log(`Restored ${result.restored} into ${dbFile}.`);
  // Opening migrates a backup from an older Depot; then the whole depot is proven.
  const report = await verifyCommand(dbFile, dataDir);
  return result.problems.length === 0 && report.ok;
}
