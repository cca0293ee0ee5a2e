import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreEvents } from '../events';
import { createVerification } from './verification';

// The background verification only reads (issue 9): its connection must not change the file,
// not even by the pragmas a writer's connection sets (journal_mode = WAL rewrites the header).

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function journalMode(file: string): Promise<string> {
  const db = knexFactory({
    client: 'sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
  });
  try {
    const rows = (await db.raw('PRAGMA journal_mode')) as { journal_mode: string }[];
    return rows[0].journal_mode;
  } finally {
    await db.destroy();
  }
}

describe('verification', () => {
  it('reads through a read-only connection that leaves the file as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depot-verify-'));
    dirs.push(dir);
    const dbFile = join(dir, 'depot.sqlite');
    const setup = knexFactory({
      client: 'sqlite3',
      connection: { filename: dbFile },
      useNullAsDefault: true,
    });
    await setup.raw('CREATE TABLE t (x INTEGER)');
    await setup.destroy();
    expect(await journalMode(dbFile)).toBe('delete');

    const verification = createVerification({
      dbFile,
      dataDir: dir,
      events: createCoreEvents(),
      now: () => new Date('2026-12-07T09:00:00Z'),
      log: () => undefined,
    });
    // Not a depot, so the run fails; what matters is what opening it did to the file.
    await verification.run('manual').catch(() => undefined);
    expect(verification.latest().status).toMatch(/done|failed/);
    expect(await journalMode(dbFile)).toBe('delete');
  });
});
