import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';

// Backups and restores must survive a power cut half-way: each file is flushed to disk before
// the folder that holds it is renamed into place, and the rename itself is flushed too.

/** Writes a new file (never over an existing one) and flushes it to disk. */
export async function writeSynced(path: string, data: Buffer | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a rename inside `path` (Windows cannot open a directory to flush it). */
export async function syncDir(path: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
