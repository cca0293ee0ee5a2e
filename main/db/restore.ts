import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { migrations as codeMigrations } from '../../migrations';
import { DepotError, refuse } from '../contract/errors';
import { DATABASE_COPY, FILES_FOLDER } from './backupFolder';
import { unrecorded, verifyBackup, type BackupCheck, type BackupProblem } from './backupVerify';
import { referencedFiles, sha256Of, underFolder } from './depotFiles';
import { syncFile, writeSynced } from './durableFiles';
import { checkMigrationHistory, connectReadOnly } from './open';
import { rollBackPending, STAGE_PREFIX, swapIn, type RenameFile } from './restoreSwap';

export { recoverInterruptedRestore } from './restoreSwap';

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
  /** The admin confirmed restoring a salvage copy with the problems its manifest names. */
  acceptSalvage?: boolean;
  /** The rename the swap uses (tests inject a failing one). */
  rename?: RenameFile;
};

export type RestoreResult = {
  restored: string;
  safetyBackup: string | null;
  /** Problems found when the restored database and files were checked in place. */
  problems: BackupProblem[];
};

/**
 * Refuses a backup that is not whole or that this version of Depot cannot run. A salvage copy
 * (taken from a damaged depot, its manifest naming what it lacks) is refused unless the caller
 * passes the admin's explicit acceptance of those problems (issue 9, defect 6 review).
 */
export async function checkRestorable(
  backupDir: string,
  options: { acceptSalvage?: boolean } = {},
): Promise<BackupCheck> {
  if (!existsSync(join(backupDir, 'manifest.json'))) {
    throw refuse('NOT_FOUND', 'backup.notABackup', {
      params: { dir: backupDir },
      message: `${backupDir} is not a Depot backup (no manifest.json).`,
      details: { backupDir },
    });
  }
  const check = await verifyBackup(backupDir);
  const problems = unrecorded(check.problems, check.manifest);
  if (problems.length > 0) {
    const listed = problems
      .slice(0, 3)
      .map((p) => `${p.code}${p.path ? ` ${p.path}` : ''}`)
      .join(', ');
    throw refuse('CONFLICT', 'backup.restoreUnverified', {
      params: { problems: listed },
      message: `The backup failed verification; nothing was restored (${listed}).`,
      details: { problems },
    });
  }
  const recorded = check.manifest?.problems ?? [];
  if (check.manifest?.salvage && !options.acceptSalvage) {
    const first = `${recorded[0]?.code ?? ''} ${recorded[0]?.path ?? recorded[0]?.detail ?? ''}`;
    throw refuse('CONFLICT', 'backup.salvageNeedsConfirmation', {
      params: { count: recorded.length, first: first.trim() },
      message: `The backup is a salvage copy of a damaged depot and lacks what it could not copy (${recorded.length} problem(s), first ${first}); nothing was restored. Restoring it needs an explicit confirmation of these problems.`,
      details: { problems: recorded, salvage: true },
    });
  }
  checkMigrationHistory(
    check.migrations,
    codeMigrations.map((m) => m.name),
  );
  return check;
}

export async function restoreDepot(steps: RestoreSteps): Promise<RestoreResult> {
  const { manifest } = await checkRestorable(steps.backupDir, {
    acceptSalvage: steps.acceptSalvage,
  });
  if (!manifest) {
    throw refuse('NOT_FOUND', 'backup.noManifest', {
      params: { dir: steps.backupDir },
      message: `${steps.backupDir} has no manifest.`,
    });
  }
  const total = manifest.files.length + 4;
  steps.onProgress?.(1, total);
  const safetyBackup = await steps.safetyBackup();
  steps.onProgress?.(2, total);

  // Stage everything beside its final place (same disk, so the swap is a rename).
  const stage = join(steps.dataDir, `${STAGE_PREFIX}${Date.now()}`);
  await rm(stage, { recursive: true, force: true });
  await mkdir(stage, { recursive: true });
  await mkdir(dirname(steps.dbFile), { recursive: true });
  let keepStage = false;
  try {
    for (const [i, file] of manifest.files.entries()) {
      const data = await readFile(underFolder(join(steps.backupDir, FILES_FOLDER), file.path));
      if (sha256Of(data) !== file.sha256) {
        throw refuse('CONFLICT', 'backup.fileChangedWhileRestoring', {
          params: { path: file.path },
          message: `The backup's file ${file.path} changed while restoring.`,
        });
      }
      await writeSynced(underFolder(stage, file.path), data);
      steps.onProgress?.(i + 3, total);
    }
    const stagedDb = `${steps.dbFile}.restoring`;
    await rm(stagedDb, { force: true });
    await copyFile(join(steps.backupDir, DATABASE_COPY), stagedDb);
    await syncFile(stagedDb);

    await steps.release();
    await swapIn(stage, stagedDb, steps.dbFile, steps.dataDir, steps.rename);
  } catch (error) {
    keepStage = rollBackPending(error);
    if (!keepStage) await rm(`${steps.dbFile}.restoring`, { force: true });
    if (error instanceof DepotError) throw error;
    const cause = error instanceof Error ? error.message : String(error);
    throw refuse('CONFLICT', 'backup.nothingRestored', {
      params: { cause },
      message: `Nothing was restored, the depot is as it was: ${cause}`,
      details: { cause },
    });
  } finally {
    if (!keepStage) await rm(stage, { recursive: true, force: true });
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
