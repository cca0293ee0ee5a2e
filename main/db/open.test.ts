import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations';
import sqlite3 from 'sqlite3';
import { appliedMigrations, checkMigrationHistory, connect, openDatabase } from './open';
import { DepotError } from '../contract/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'depot-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs SQL on a plain sqlite3 connection (no Depot pragmas), then closes it. */
function rawExec(file: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const conn = new sqlite3.Database(file, (openError) => {
      if (openError) return reject(openError);
      conn.exec(sql, (err) => conn.close(() => (err ? reject(err) : resolve())));
    });
  });
}

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
    expect(readdirSync(dir)).toEqual(['depot.sqlite']); // no -wal or -shm left beside it
  });

  // Defect 7 (issue 9): the refusal used to come after the pool's first connection had switched
  // the file to WAL, so a database made by a newer Depot in rollback-journal mode was rewritten
  // (header bytes 18-19) before being refused. The test above missed it: its file was already WAL.
  it('refuses a newer database in rollback-journal mode without touching a byte or adding files', async () => {
    const file = join(dir, 'depot.sqlite');
    const db = await openDatabase(file);
    await db('knex_migrations').insert({
      name: '20991231_9999_future',
      batch: 9,
      migration_time: new Date(),
    });
    await db.destroy();
    await rawExec(file, 'PRAGMA journal_mode = DELETE');
    const before = sha(file);
    const files = readdirSync(dir).sort();
    expect(readFileSync(file)[18]).toBe(1); // legacy (rollback journal) in the header

    await expect(openDatabase(file)).rejects.toThrow(/newer version of Depot/);
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it('refuses a disagreeing history without touching a byte', async () => {
    const file = join(dir, 'depot.sqlite');
    const db = await openDatabase(file, { migrations: [migrations[0], migrations[2]] });
    await db.destroy();
    await rawExec(file, 'PRAGMA journal_mode = DELETE');
    const before = sha(file);
    await expect(openDatabase(file)).rejects.toThrow(/disagrees/);
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir)).toEqual(['depot.sqlite']);
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
