import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DepotError, refuse } from '../contract/errors';
import { FILE_FOLDERS } from './depotFiles';
import { syncDir, writeSynced } from './durableFiles';

// The swap of a restore (issue 9, defect 6 review): the current database, its journals and the
// `documents/` and `attachments/` folders are moved aside, the staged ones moved in. Any rename
// can fail (a PDF open in a viewer on Windows, a locked database); then everything moved is
// moved back before the error goes on, so the depot is the one it was, never a mix. A marker in
// the stage folder says a swap is under way; a crash mid-swap is rolled back at the next start,
// and the set-aside current files are deleted only once the marker says the swap is whole.

export const STAGE_PREFIX = '.restoring-';
const MARKER = 'swap.json';
const DONE = 'swap-done.json';
const REPLACED = '.replaced';
const JOURNALS = ['-wal', '-shm', '-journal'];

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** True for the error of a swap whose rollback must wait for the next start. */
export const rollBackPending = (e: unknown) =>
  e instanceof DepotError && e.details?.rollBackPending === true;

export type RenameFile = (from: string, to: string) => Promise<void>;

type Marker = { dbFile: string; hadDb: boolean; had: string[] };

/** Where the current database and its journals wait, beside the file (same disk). */
const setAside = (dbFile: string, suffix = '') => `${dbFile}.replaced${suffix}`;

const writeMarker = (stage: string, name: string, marker: Marker) =>
  writeSynced(join(stage, name), `${JSON.stringify(marker)}\n`);

/** Moves the staged database and folders in; on failure puts the current ones back, rethrows. */
export async function swapIn(
  stage: string,
  stagedDb: string,
  dbFile: string,
  dataDir: string,
  renameFile: RenameFile = rename,
): Promise<void> {
  const marker: Marker = {
    dbFile,
    hadDb: existsSync(dbFile),
    had: FILE_FOLDERS.filter((f) => existsSync(join(dataDir, f))),
  };
  await writeMarker(stage, MARKER, marker);
  try {
    await mkdir(join(stage, REPLACED));
    for (const folder of FILE_FOLDERS) {
      const live = join(dataDir, folder);
      if (existsSync(live)) await renameFile(live, join(stage, REPLACED, folder));
      if (existsSync(join(stage, folder))) await renameFile(join(stage, folder), live);
    }
    // A journal left beside the old file would be replayed into the restored one: set aside.
    for (const suffix of ['', ...JOURNALS]) {
      if (existsSync(`${dbFile}${suffix}`)) {
        await renameFile(`${dbFile}${suffix}`, setAside(dbFile, suffix));
      }
    }
    await renameFile(stagedDb, dbFile);
    await syncDir(dirname(dbFile));
    await syncDir(dataDir);
  } catch (error) {
    await rollBack(stage, marker, dataDir, renameFile).catch((rollBackError: unknown) => {
      // The set-aside files stay in the stage folder; the next start puts them back.
      throw refuse('INTERNAL', 'backup.rollBackPending', {
        params: { stage },
        message: `The restore failed (${message(error)}) and the current files could not be put back yet (${message(rollBackError)}); Depot puts them back when it next starts. Do not delete ${stage}.`,
        details: { stage, rollBackPending: true },
      });
    });
    throw error;
  }
  await writeMarker(stage, DONE, marker);
  await discardSetAside(dbFile);
}

/** Puts the set-aside database, journals and folders back; safe to run more than once. */
async function rollBack(
  stage: string,
  marker: Marker,
  dataDir: string,
  renameFile: RenameFile = rename,
): Promise<void> {
  for (const folder of FILE_FOLDERS) {
    const live = join(dataDir, folder);
    const old = join(stage, REPLACED, folder);
    if (existsSync(old)) {
      await rm(live, { recursive: true, force: true });
      await renameFile(old, live);
    } else if (!marker.had.includes(folder)) {
      await rm(live, { recursive: true, force: true }); // the backup's, moved into an empty place
    }
  }
  const { dbFile } = marker;
  if (existsSync(setAside(dbFile)) || !marker.hadDb) await rm(dbFile, { force: true });
  for (const suffix of ['', ...JOURNALS]) {
    if (existsSync(setAside(dbFile, suffix))) {
      await rm(`${dbFile}${suffix}`, { force: true });
      await renameFile(setAside(dbFile, suffix), `${dbFile}${suffix}`);
    }
  }
  await syncDir(dirname(dbFile));
  await syncDir(dataDir);
}

async function discardSetAside(dbFile: string): Promise<void> {
  for (const suffix of ['', ...JOURNALS]) await rm(setAside(dbFile, suffix), { force: true });
}

/**
 * At start, before the database is opened: a swap a crash interrupted is rolled back (or, when
 * it had completed, its set-aside files are deleted); staging folders are removed.
 */
export async function recoverInterruptedRestore(dbFile: string, dataDir: string): Promise<void> {
  if (!existsSync(dataDir)) return;
  for (const entry of await readdir(dataDir)) {
    if (!entry.startsWith(STAGE_PREFIX)) continue;
    const stage = join(dataDir, entry);
    const marker = await readFile(join(stage, MARKER), 'utf8')
      .then((text) => JSON.parse(text) as Marker)
      .catch(() => null);
    if (existsSync(join(stage, DONE))) await discardSetAside(dbFile);
    else if (marker) await rollBack(stage, { ...marker, dbFile }, dataDir);
    await rm(stage, { recursive: true, force: true });
  }
  await rm(`${dbFile}.restoring`, { force: true });
}
