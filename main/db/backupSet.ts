import { existsSync } from 'node:fs';
import { copyFile as copyFileAs, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { refuse } from '../contract/errors';
import {
  DATABASE_COPY,
  FILES_FOLDER,
  MANIFEST,
  freeBackupName,
  partialDir,
  type BackupManifest,
  type BackupReason,
} from './backupFolder';
import { unrecorded, verifyBackup, type BackupProblem } from './backupVerify';
import { fileRowCounts, hashFile, referencedFiles, sha256Of, underFolder } from './depotFiles';
import { syncDir, syncFile, writeSynced } from './durableFiles';
import { appliedMigrations, connect, connectReadOnly } from './open';

// A backup is the database and the depot's files together (issue 9, defect 6): a database copy
// without its archived PDFs and photos cannot reprint a single receipt. The copy is taken first
// (SQLite's VACUUM INTO, one consistent read); a file is always written before the row naming it,
// so every row in the copy has its file in the data folder when the files are copied next.

export type BackupRequest = {
  /** A connection to the live database; a read-only one is enough. */
  db: Knex;
  dataDir: string;
  folder: string;
  reason: BackupReason;
  depotVersion: string;
  now: Date;
  onProgress?: (done: number, total: number) => void;
};

export type WrittenBackup = { name: string; dir: string; manifest: BackupManifest };

/**
 * The safety copy before a restore and the start-up copy before a migration are salvage copies
 * (issue 9, defect 6 review): a damaged depot is exactly when they are needed, so they copy what
 * there is and record what they could not, never refusing. Daily and requested backups refuse.
 */
const salvages = (reason: BackupReason) => reason === 'start' || reason === 'before-restore';

/** Writes, verifies and only then names a backup; a refused backup leaves nothing behind. */
export async function writeBackup(req: BackupRequest): Promise<WrittenBackup> {
  if (req.db.client.config.client !== 'sqlite3') {
    throw refuse('RULE', 'backup.sqliteOnly', {
      message: 'Backups are built in for SQLite only; use pg_dump for PostgreSQL.',
    });
  }
  await mkdir(req.folder, { recursive: true });
  const name = freeBackupName(req.folder, req.now);
  const work = partialDir(req.folder, name);
  await mkdir(work);
  try {
    let manifest = await copyDepot(req, work);
    const check = await verifyBackup(work);
    const unexpected = unrecorded(check.problems, manifest);
    if (unexpected.length > 0 && !salvages(req.reason)) {
      refuseProblems(
        'backup.backupUnverified',
        'The backup failed its verification after writing',
        check.problems,
      );
    }
    if (unexpected.length > 0) {
      manifest = {
        ...manifest,
        salvage: true,
        problems: [...(manifest.problems ?? []), ...unexpected],
      };
      await rm(join(work, MANIFEST));
      await writeManifest(work, manifest);
    }
    const dir = join(req.folder, name);
    await rename(work, dir);
    await syncDir(req.folder);
    return { name, dir, manifest };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}

function refuseProblems(
  reason: 'backup.backupUnverified' | 'backup.depotFilesDamaged',
  message: string,
  problems: BackupProblem[],
): never {
  const first = describe(problems[0]);
  throw refuse('CONFLICT', reason, {
    params: { count: problems.length, first },
    message: `${message}: ${problems.length} problem(s), first ${first}`,
    details: { problems },
  });
}

const describe = (p: BackupProblem) => `${p.code}${p.path ? ` ${p.path}` : ''}`;

async function writeManifest(work: string, manifest: BackupManifest): Promise<void> {
  await writeSynced(join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  await syncDir(work);
}

async function copyDepot(req: BackupRequest, work: string): Promise<BackupManifest> {
  const salvage = salvages(req.reason);
  const problems: BackupProblem[] = [];
  const copyFile = join(work, DATABASE_COPY);
  try {
    await req.db.raw('VACUUM INTO ?', [copyFile]);
  } catch (error) {
    if (!salvage) throw error;
    problems.push(await copyDatabaseFile(req.db, copyFile, error));
  }
  await syncFile(copyFile);

  const copy = connectReadOnly(copyFile);
  let files: Awaited<ReturnType<typeof referencedFiles>> = [];
  let migrations: string[] = [];
  let counts = { documents: 0, attachments: 0 };
  try {
    files = await referencedFiles(copy);
    migrations = await appliedMigrations(copy);
    counts = await fileRowCounts(copy);
  } catch (error) {
    if (!salvage) throw error;
    problems.push({
      code: 'integrity',
      detail: `The copy's rows could not be read: ${message(error)}`,
    });
  } finally {
    await copy.destroy();
  }

  const total = files.length + 2;
  req.onProgress?.(1, total);
  const listed: BackupManifest['files'] = [];
  for (const [i, file] of files.entries()) {
    const data = await readFile(underFolder(req.dataDir, file.path)).catch(() => null);
    if (data === null) problems.push({ code: 'file_missing', path: file.path });
    else if (sha256Of(data) !== file.sha256)
      problems.push({ code: 'file_altered', path: file.path });
    else {
      await writeSynced(underFolder(join(work, FILES_FOLDER), file.path), data);
      listed.push({ path: file.path, sha256: file.sha256, bytes: data.length });
    }
    req.onProgress?.(i + 2, total);
  }
  // A damaged live file cannot be backed up as it was printed: say which, write nothing
  // (a salvage copy keeps the rest and records which).
  if (problems.length > 0 && !salvage) {
    refuseProblems('backup.depotFilesDamaged', 'The depot has missing or altered files', problems);
  }

  const database = await hashFile(copyFile);
  const manifest: BackupManifest = {
    format: 1,
    createdAt: req.now.toISOString(),
    reason: req.reason,
    depotVersion: req.depotVersion,
    migrations,
    database: { file: DATABASE_COPY, ...database },
    counts: { ...counts, files: listed.length },
    files: listed,
    ...(problems.length > 0 ? { salvage: true as const, problems } : {}),
  };
  await writeManifest(work, manifest);
  req.onProgress?.(total, total);
  return manifest;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * When SQLite cannot VACUUM a damaged database, the salvage copy takes the file and its journal
 * as they are, folds the journal into the copy where SQLite still can, and records it.
 */
async function copyDatabaseFile(db: Knex, target: string, cause: unknown): Promise<BackupProblem> {
  const source = (db.client.config.connection as { filename: string }).filename;
  await copyFileAs(source, target);
  if (existsSync(`${source}-wal`)) await copyFileAs(`${source}-wal`, `${target}-wal`);
  const folded = connect(target);
  try {
    await folded.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    await folded.raw('PRAGMA journal_mode=DELETE');
  } catch {
    // a journal SQLite cannot fold stays beside the copy, as it was
  } finally {
    await folded.destroy();
  }
  return {
    code: 'database_copied',
    detail: `VACUUM INTO failed (${message(cause)}); the database file and its journal were copied as they were`,
  };
}
