import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

// The backups folder holds one folder per backup, `depot-<UTC time>`, each with the database
// copy, the depot's files and a manifest. A backup is written under a `.partial-` name and
// renamed only once verified, so a folder named `depot-…` is always a whole backup.

export const MANIFEST = 'manifest.json';
export const DATABASE_COPY = 'depot.sqlite';
export const FILES_FOLDER = 'files';
const PARTIAL_PREFIX = '.partial-';

export const problemSchema = z.object({
  code: z.enum([
    'manifest',
    'database_missing',
    'database_altered',
    'database_copied',
    'integrity',
    'migrations',
    'counts',
    'file_missing',
    'file_altered',
    'file_unlisted',
  ]),
  path: z.string().optional(),
  detail: z.string().optional(),
});

export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  reason: z.enum(['start', 'daily', 'manual', 'before-restore']),
  depotVersion: z.string(),
  migrations: z.array(z.string()),
  database: z.object({ file: z.literal(DATABASE_COPY), sha256: z.string(), bytes: z.number() }),
  counts: z.object({ documents: z.number(), attachments: z.number(), files: z.number() }),
  files: z.array(z.object({ path: z.string(), sha256: z.string(), bytes: z.number() })),
  /** A safety or start-up copy of a damaged depot: what it could not copy, and why. */
  salvage: z.literal(true).optional(),
  problems: z.array(problemSchema).optional(),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type BackupReason = BackupManifest['reason'];

export type BackupSummary = {
  name: string;
  dir: string;
  createdAt: string;
  reason: BackupReason;
  depotVersion: string;
  counts: BackupManifest['counts'];
  bytes: number;
};

/** `depot-20261127T010000123Z`: sorts by time, and is a valid folder name everywhere. */
export function backupName(at: Date): string {
  return `depot-${at.toISOString().replace(/[-:.]/g, '')}`;
}

export const isBackupName = (name: string) => /^depot-\d{8}T\d{9}Z(-\d+)?$/.test(name);

/** A free folder name for a backup taken at `at` (two at the same instant get -2, -3, ...). */
export function freeBackupName(folder: string, at: Date): string {
  const base = backupName(at);
  let name = base;
  for (let n = 2; existsSync(join(folder, name)) || existsSync(partialDir(folder, name)); n++) {
    name = `${base}-${n}`;
  }
  return name;
}

export const partialDir = (folder: string, name: string) =>
  join(folder, `${PARTIAL_PREFIX}${name}`);

export async function readManifest(dir: string): Promise<BackupManifest> {
  return manifestSchema.parse(JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')));
}

/** The whole backups in `folder`, newest first; anything else there is left alone. */
export async function listBackups(folder: string): Promise<BackupSummary[]> {
  if (!existsSync(folder)) return [];
  const found: BackupSummary[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() || !isBackupName(entry.name)) continue;
    const dir = join(folder, entry.name);
    const manifest = await readManifest(dir).catch(() => null);
    if (!manifest) continue;
    found.push({
      name: entry.name,
      dir,
      createdAt: manifest.createdAt,
      reason: manifest.reason,
      depotVersion: manifest.depotVersion,
      counts: manifest.counts,
      bytes: manifest.database.bytes + manifest.files.reduce((sum, f) => sum + f.bytes, 0),
    });
  }
  return found.sort((a, b) =>
    a.createdAt === b.createdAt ? (a.name < b.name ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
  );
}

/**
 * Keeps the newest `keep` backups and removes older ones, with any half-written `.partial-`
 * folder a crash left behind (except `active`, the one being written now). A safety copy taken
 * before a restore is never pruned: it is the only way back from a wrong restore, kept until an
 * admin deletes it (issue 9, defect 6 review).
 */
export async function pruneBackups(
  folder: string,
  keep: number,
  active?: string,
): Promise<string[]> {
  const removed: string[] = [];
  const regular = (await listBackups(folder)).filter((b) => b.reason !== 'before-restore');
  for (const old of regular.slice(keep)) {
    await rm(old.dir, { recursive: true, force: true });
    removed.push(old.name);
  }
  for (const entry of existsSync(folder) ? await readdir(folder) : []) {
    if (entry.startsWith(PARTIAL_PREFIX) && entry !== active) {
      await rm(join(folder, entry), { recursive: true, force: true });
    }
  }
  return removed;
}
