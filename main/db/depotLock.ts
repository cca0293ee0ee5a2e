import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { refuse } from '../contract/errors';

// The running depot holds `depot.lock` in its data folder (issue 9, defect 6 review): the CLI's
// restore swaps the database and folders by renames and must not do so under an open app. The
// lock names the holder's pid; a lock whose process is gone (a crash) is stale and ignored.

const LOCK = 'depot.lock';

type LockFile = { pid: number; token: string; since: string };

export type DepotLock = { release: () => Promise<void> };

function readLock(dataDir: string): LockFile | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, LOCK), 'utf8')) as LockFile;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** Taken by the core when it opens; released by its close (only if still its own). */
export async function holdDepotLock(dataDir: string, now: Date): Promise<DepotLock> {
  const token = randomUUID();
  const mine: LockFile = { pid: process.pid, token, since: now.toISOString() };
  await writeFile(join(dataDir, LOCK), `${JSON.stringify(mine)}\n`);
  return {
    async release() {
      if (readLock(dataDir)?.token === token) await rm(join(dataDir, LOCK), { force: true });
    },
  };
}

/** Refuses while a live process holds the depot open (the app, or its server). */
export function refuseWhileOpen(dataDir: string, doing: string): void {
  if (!existsSync(join(dataDir, LOCK))) return;
  const lock = readLock(dataDir);
  if (lock && Number.isInteger(lock.pid) && alive(lock.pid)) {
    throw refuse('CONFLICT', 'backup.depotOpen', {
      params: { pid: lock.pid, since: lock.since },
      message: `Depot has this depot open (process ${lock.pid}, since ${lock.since}); close it before ${doing}. Nothing was changed.`,
      details: { pid: lock.pid },
    });
  }
}
