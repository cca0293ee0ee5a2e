import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

// Archived documents and attachments are written to `<name>.<random>.tmp`, synced, then
// renamed (main/pdf/archive.ts writeDurably). A crash between the two leaves the temporary
// file, which no row points at. Removed at start, before anything writes, so they never pile up.

const FOLDERS = ['documents', 'attachments'];
const TEMP = /\.[0-9a-f]{12}\.tmp$/;

async function walk(dir: string, found: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, found);
    else if (entry.isFile() && TEMP.test(entry.name)) found.push(path);
  }
}

/** Finds the temporary files a crash left behind (paths under the data folder). */
export async function findStrayTempFiles(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const folder of FOLDERS) await walk(join(dataDir, folder), found);
  return found;
}

/** Removes them; returns what was removed. Only at start: a running writer owns its temp file. */
export async function removeStrayTempFiles(dataDir: string): Promise<string[]> {
  const found = await findStrayTempFiles(dataDir);
  for (const path of found) await rm(path, { force: true });
  return found;
}
