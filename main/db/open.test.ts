import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations';
import { appliedMigrations, checkMigrationHistory, connect, openDatabase } from './open';
import { DepotError } from '../contract/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'depot-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('opening the database', () => {
  it('migrates a new file and sets the legal-record pragmas on the connection', async () => {
    const db = await openDatabase(join(dir, 'depot.sqlite'));
    try {
      expect(await appliedMigrations(db)).toEqual(migrations.map((m) => m.name));
      const pragma = async (name: string) => Object.values((await db.raw(`PRAGMA ${name}`))[0])[0];
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2); // FULL
      expect(await pragma('busy_timeout')).toBe(5000);
    } finally {
      await db.destroy();
    }
  });

  it('opening twice is a no-op the second time', async () => {
    const file = join(dir, 'depot.sqlite');
    await (await openDatabase(file)).destroy();
    const db = await openDatabase(file);
    expect(await appliedMigrations(db)).toHaveLength(migrations.length);
    await db.destroy();
  });

  it('refuses a database written by a newer Depot and leaves it untouched', async () => {
    const file = join(dir, 'depot.sqlite');
    const db = await openDatabase(file);
    await db('knex_migrations').insert({
      name: '20991231_9999_future',
      batch: 9,
      migration_time: new Date(),
    });
    await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    await db.destroy();
    const before = sha(file);

    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DepotError);
    expect((error as DepotError).message).toMatch(/newer version of Depot.*20991231_9999_future/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a database whose history disagrees with the code', async () => {
    const file = join(dir, 'depot.sqlite');
    // A database that skipped the second migration: its history is not a prefix of the code's.
    const db = await openDatabase(file, { migrations: [migrations[0], migrations[2]] });
    await db.destroy();
    await expect(openDatabase(file)).rejects.toThrow(/disagrees.*position 2/);
  });

  it('checkMigrationHistory accepts a prefix and refuses the rest', () => {
    expect(() => checkMigrationHistory(['a'], ['a', 'b'])).not.toThrow();
    expect(() => checkMigrationHistory([], ['a'])).not.toThrow();
    expect(() => checkMigrationHistory(['b'], ['a', 'b'])).toThrow(/disagrees/);
    expect(() => checkMigrationHistory(['a', 'c'], ['a', 'b'])).toThrow(/newer/);
  });

  it('enforces foreign keys', async () => {
    const db = await openDatabase(join(dir, 'depot.sqlite'));
    await expect(db('staff_roles').insert({ staff_id: 999, role: 'admin' })).rejects.toThrow(
      /FOREIGN KEY/,
    );
    await db.destroy();
  });

  it('connect() alone does not create tables', async () => {
    const db = connect(join(dir, 'empty.sqlite'));
    expect(await appliedMigrations(db)).toEqual([]);
    await db.destroy();
  });
});
