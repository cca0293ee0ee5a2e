import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  DATABASE_COPY,
  FILES_FOLDER,
  readManifest,
  type BackupManifest,
  type problemSchema,
} from './backupFolder';
import { fileRowCounts, hashFile, referencedFiles, sha256Of, underFolder } from './depotFiles';
import { appliedMigrations, connectReadOnly } from './open';

// A backup is trusted only after it is checked as a whole (issue 9, defect 6): SQLite's own
// integrity check on the copy, the copy's bytes against the manifest, and every file the copy's
// `documents` and attachment rows name, present and matching its sha256. A reprint after a
// restore depends on exactly these files.

export type BackupProblem = z.infer<typeof problemSchema>;

/**
 * The problems a salvage copy's manifest does not already record (a file it could not copy is
 * missing from it by design); for any other backup, all of them.
 */
export function unrecorded(problems: BackupProblem[], manifest: BackupManifest | null) {
  if (!manifest?.salvage) return problems;
  const known = manifest.problems ?? [];
  return problems.filter((p) =>
    p.path
      ? !known.some((k) => k.path === p.path)
      : !known.some((k) => !k.path && (k.code === p.code || k.code === 'database_copied')),
  );
}

export type BackupCheck = {
  ok: boolean;
  problems: BackupProblem[];
  manifest: BackupManifest | null;
  /** The copy's applied migrations (to refuse restoring a newer depot's backup). */
  migrations: string[];
};

const LIMIT = 50; // a badly damaged backup lists its first problems, not thousands

export async function verifyBackup(
  dir: string,
  onProgress?: (done: number, total: number) => void,
): Promise<BackupCheck> {
  const problems: BackupProblem[] = [];
  const manifest = await readManifest(dir).catch((e: unknown) => {
    problems.push({ code: 'manifest', detail: e instanceof Error ? e.message : String(e) });
    return null;
  });
  const copy = join(dir, DATABASE_COPY);
  if (!manifest) return { ok: false, problems, manifest, migrations: [] };
  if (!existsSync(copy)) {
    problems.push({ code: 'database_missing', path: DATABASE_COPY });
    return { ok: false, problems, manifest, migrations: [] };
  }
  if ((await hashFile(copy)).sha256 !== manifest.database.sha256) {
    problems.push({ code: 'database_altered', path: DATABASE_COPY });
  }

  const db = connectReadOnly(copy);
  let migrations: string[] = [];
  try {
    const integrity: { integrity_check: string }[] = await db.raw('PRAGMA integrity_check');
    const verdict = integrity.map((r) => r.integrity_check).join('; ');
    if (verdict !== 'ok') {
      problems.push({ code: 'integrity', detail: verdict.slice(0, 500) });
      return { ok: false, problems, manifest, migrations };
    }
    migrations = await appliedMigrations(db);
    if (migrations.join('\n') !== manifest.migrations.join('\n')) {
      problems.push({ code: 'migrations', detail: 'the copy and its manifest list differ' });
    }
    const counts = await fileRowCounts(db);
    if (
      counts.documents !== manifest.counts.documents ||
      counts.attachments !== manifest.counts.attachments
    ) {
      problems.push({ code: 'counts', detail: JSON.stringify(counts) });
    }

    const files = await referencedFiles(db);
    const listed = new Map(manifest.files.map((f) => [f.path, f.sha256]));
    const root = join(dir, FILES_FOLDER);
    for (const [i, file] of files.entries()) {
      onProgress?.(i, files.length);
      if (problems.length >= LIMIT) break;
      const data = await readFile(underFolder(root, file.path)).catch(() => null);
      if (data === null) problems.push({ code: 'file_missing', path: file.path });
      else if (sha256Of(data) !== file.sha256 || listed.get(file.path) !== file.sha256) {
        problems.push({ code: 'file_altered', path: file.path });
      }
      listed.delete(file.path);
    }
    for (const path of listed.keys()) problems.push({ code: 'file_unlisted', path });
    onProgress?.(files.length, files.length);
  } finally {
    await db.destroy();
  }
  return { ok: problems.length === 0, problems: problems.slice(0, LIMIT), manifest, migrations };
}
