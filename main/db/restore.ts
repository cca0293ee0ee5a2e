import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { migrations as codeMigrations } from '../../migrations';
import { DepotError } from '../contract/errors';
import { DATABASE_COPY, FILES_FOLDER } from './backupFolder';
import { verifyBackup, type BackupCheck, type BackupProblem } from './backupVerify';
import { FILE_FOLDERS, referencedFiles, sha256Of, underFolder } from './depotFiles';
import { syncDir, syncFile, writeSynced } from './durableFiles';
import { checkMigrationHistory, connectReadOnly } from './open';

// Restoring puts a verified backup's database and files back in place of the current ones
// (issue 9, defect 6). Everything that can refuse runs first: a backup that fails verification,
// or that a newer Depot wrote, changes nothing. The caller makes a safety backup of the current
// state before anything is replaced.

export type RestoreSteps = {
  backupDir: string;
  dbFile: string;
  dataDir: string;
  /** Backs up the current state; runs after the checks, before anything is replaced. */
  safetyBackup: () => Promise<string | null>;
  /** Closes every connection to dbFile (the live core destroys its pool). */
  release: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
};

export type RestoreResult = {
  restored: string;
  safetyBackup: string | null;
  /** Problems found when the restored database and files were checked in place. */
  problems: BackupProblem[];
};

/** Refuses a backup that is not whole or that this version of Depot cannot run. */
export async function checkRestorable(backupDir: string): Promise<BackupCheck> {
  if (!existsSync(join(backupDir, 'manifest.json'))) {
    throw new DepotError('NOT_FOUND', `${backupDir} is not a Depot backup (no manifest.json).`, {
      backupDir,
    });
  }
  const check = await verifyBackup(backupDir);
  if (!check.ok) {
    throw new DepotError(
      'CONFLICT',
      `The backup failed verification; nothing was restored (${check.problems
        .slice(0, 3)
        .map((p) => `${p.code}${p.path ? ` ${p.path}` : ''}`)
        .join(', ')}).`,
      { problems: check.problems },
    );
  }
  checkMigrationHistory(
    check.migrations,
    codeMigrations.map((m) => m.name),
  );
  return check;
}

export async function restoreDepot(steps: RestoreSteps): Promise<RestoreResult> {
  const { manifest } = await checkRestorable(steps.backupDir);
  if (!manifest) throw new DepotError('NOT_FOUND', `${steps.backupDir} has no manifest.`);
  const total = manifest.files.length + 4;
  steps.onProgress?.(1, total);
  const safetyBackup = await steps.safetyBackup();
  steps.onProgress?.(2, total);

  // Stage everything beside its final place (same disk, so the swap is a rename).
  const stage = join(steps.dataDir, `.restoring-${Date.now()}`);
  await rm(stage, { recursive: true, force: true });
  await mkdir(stage, { recursive: true });
  await mkdir(dirname(steps.dbFile), { recursive: true });
  try {
    for (const [i, file] of manifest.files.entries()) {
      const data = await readFile(underFolder(join(steps.backupDir, FILES_FOLDER), file.path));
      if (sha256Of(data) !== file.sha256) {
        throw new DepotError('CONFLICT', `The backup's file ${file.path} changed while restoring.`);
      }
      await writeSynced(underFolder(stage, file.path), data);
      steps.onProgress?.(i + 3, total);
    }
    const stagedDb = `${steps.dbFile}.restoring`;
    await rm(stagedDb, { force: true });
    await copyFile(join(steps.backupDir, DATABASE_COPY), stagedDb);
    await syncFile(stagedDb);

    await steps.release();
    const old = join(stage, '.replaced');
    await mkdir(old);
    for (const folder of FILE_FOLDERS) {
      const live = join(steps.dataDir, folder);
      if (existsSync(live)) await rename(live, join(old, folder));
      if (existsSync(join(stage, folder))) await rename(join(stage, folder), live);
    }
    // A journal left beside the old file would be replayed into the restored one.
    for (const suffix of ['-wal', '-shm', '-journal']) {
      await rm(`${steps.dbFile}${suffix}`, { force: true });
    }
    await rename(stagedDb, steps.dbFile);
    await syncDir(dirname(steps.dbFile));
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
  const problems = await checkInPlace(steps.dbFile, steps.dataDir);
  steps.onProgress?.(total, total);
  return { restored: basename(steps.backupDir), safetyBackup, problems };
}

/** The restored database's integrity and every file its rows name, where they now live. */
export async function checkInPlace(dbFile: string, dataDir: string): Promise<BackupProblem[]> {
  const db = connectReadOnly(dbFile);
  try {
    const integrity: { integrity_check: string }[] = await db.raw('PRAGMA integrity_check');
    const verdict = integrity.map((r) => r.integrity_check).join('; ');
    if (verdict !== 'ok') return [{ code: 'integrity', detail: verdict.slice(0, 500) }];
    const problems: BackupProblem[] = [];
    for (const file of await referencedFiles(db)) {
      const data = await readFile(underFolder(dataDir, file.path)).catch(() => null);
      if (data === null) problems.push({ code: 'file_missing', path: file.path });
      else if (sha256Of(data) !== file.sha256) {
        problems.push({ code: 'file_altered', path: file.path });
      }
    }
    return problems;
  } finally {
    await db.destroy();
  }
}
