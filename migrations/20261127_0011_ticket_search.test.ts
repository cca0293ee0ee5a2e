import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations, type Migration } from '.';
import { connect, migrateConnected } from '../main/db/open';
import { createSearchTables, dropSearchTables } from '../main/search/sqliteFts';
import * as m0011 from './20261127_0011_ticket_search';

// Migration 0011 used to call main/search/sqliteFts.ts; it now holds a frozen copy of that SQL
// (STYLE.md 16). A depot migrated before the copy and one migrated after must be identical.

const NAME = '20261127_0011_ticket_search';
const upTo0011 = migrations.slice(0, migrations.findIndex((m) => m.name === NAME) + 1);
// The migration as it landed: the runtime module's functions.
const asLanded: Migration[] = upTo0011.map((m) =>
  m.name === NAME ? { name: NAME, up: createSearchTables, down: dropSearchTables } : m,
);

const open: Knex[] = [];
async function migrated(list: readonly Migration[]): Promise<Knex> {
  const db = connect(':memory:');
  open.push(db);
  await migrateConnected(db, list);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

type SchemaRow = { type: string; name: string; tbl_name: string; sql: string | null };
const schemaOf = (db: Knex): Promise<SchemaRow[]> =>
  db.raw('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name');

describe(`migration ${NAME}`, () => {
  it('creates exactly the schema the runtime search module created when it landed', async () => {
    expect(upTo0011.at(-1)).toMatchObject({ name: NAME, up: m0011.up, down: m0011.down });
    const frozen = await schemaOf(await migrated(upTo0011));
    const landed = await schemaOf(await migrated(asLanded));
    expect(frozen.map((r) => r.name)).toContain('ticket_search_tri');
    expect(frozen.map((r) => r.name)).toContain('ticket_search_han');
    expect(frozen).toEqual(landed);
  });

  it('rolls back to the same schema as the runtime module', async () => {
    const frozen = await migrated(upTo0011);
    const landed = await migrated(asLanded);
    await m0011.down(frozen);
    await dropSearchTables(landed);
    const after = await schemaOf(frozen);
    expect(after.filter((r) => r.name.startsWith('ticket_search'))).toEqual([]);
    expect(after).toEqual(await schemaOf(landed));
  });
});
