import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../db/open';
import { changedTables, dbChecksum } from './dbChecksum';

let dir: string;
let db: Knex;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'depot-checksum-'));
  db = connect(join(dir, 'db.sqlite'));
  await db.raw('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT, photo BLOB)');
  await db.raw('CREATE TABLE tags (code TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID');
  await db.raw('CREATE TABLE loose (a TEXT, b REAL)');
  await db('notes').insert([
    { id: 1, text: 'one', photo: Buffer.from([1, 2, 3]) },
    { id: 2, text: '二', photo: null },
  ]);
  await db('tags').insert([{ code: 'B', label: 'b' }]);
  await db('loose').insert([{ a: 'x', b: 1.5 }]);
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('database content checksum', () => {
  it('is the same for the same content', async () => {
    expect(await dbChecksum(db)).toEqual(await dbChecksum(db));
  });

  it('names the table an insert, an update, a delete or a blob change touched', async () => {
    const start = await dbChecksum(db);
    await db('tags').insert({ code: 'A', label: 'a' });
    const inserted = await dbChecksum(db);
    expect(changedTables(start, inserted)).toEqual(['tags']);

    await db('loose').update({ b: 2.5 });
    const updated = await dbChecksum(db);
    expect(changedTables(inserted, updated)).toEqual(['loose']);

    await db('notes')
      .where({ id: 1 })
      .update({ photo: Buffer.from([1, 2, 4]) });
    const blob = await dbChecksum(db);
    expect(changedTables(updated, blob)).toEqual(['notes']);

    await db('notes').where({ id: 2 }).delete();
    const deleted = await dbChecksum(db);
    expect(changedTables(blob, deleted)).toEqual(['notes']);
    expect(deleted.tables.notes.rows).toBe(1);
  });

  it('sees a value written back to its old text as unchanged, a new table as a change', async () => {
    const start = await dbChecksum(db);
    await db('notes').where({ id: 1 }).update({ text: 'changed' });
    await db('notes').where({ id: 1 }).update({ text: 'one' });
    expect((await dbChecksum(db)).digest).toBe(start.digest);
    await db.raw('CREATE TABLE extra (id INTEGER PRIMARY KEY)');
    expect(changedTables(start, await dbChecksum(db))).toEqual(['extra']);
  });
});
