import knexFactory, { type Knex } from 'knex';
import { migrations as codeMigrations, type Migration } from '../../migrations';
import { DepotError } from '../contract/errors';

// Opening the depot's SQLite file (issue 2, item 1). These are legal records, so every
// connection runs with foreign keys on, WAL, synchronous=FULL and a busy timeout.
const PRAGMAS = [
  'PRAGMA foreign_keys = ON',
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = FULL',
  'PRAGMA busy_timeout = 5000',
];

type RawSqliteConnection = { exec: (sql: string, cb: (err: Error | null) => void) => void };

export function connect(filename: string): Knex {
  return knexFactory({
    client: 'sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    // One connection: SQLite serialises writers anyway, and a single connection keeps
    // transactions from waiting on each other's locks inside one process.
    pool: {
      min: 1,
      max: 1,
      afterCreate: (
        conn: RawSqliteConnection,
        done: (err: Error | null, conn: unknown) => void,
      ) => {
        conn.exec(PRAGMAS.join(';'), (err) => done(err, conn));
      },
    },
  });
}

const MIGRATION_TABLE = 'knex_migrations';

function migrationSource(list: readonly Migration[]): Knex.MigrationSource<Migration> {
  return {
    getMigrations: async () => [...list],
    getMigrationName: (m) => m.name,
    getMigration: async (m) => m,
  };
}

/** Names of the migrations already applied to this database, in the order they ran. */
export async function appliedMigrations(db: Knex): Promise<string[]> {
  if (!(await db.schema.hasTable(MIGRATION_TABLE))) return [];
  const rows: { name: string }[] = await db(MIGRATION_TABLE).select('name').orderBy('id');
  return rows.map((r) => r.name);
}

/**
 * Refuses a database this code cannot safely run: one that holds migrations the code does not
 * know (made by a newer Depot) or whose applied list is not a prefix of the code's list.
 * Checked before anything is written.
 */
export function checkMigrationHistory(applied: string[], code: readonly string[]): void {
  const unknown = applied.filter((name) => !code.includes(name));
  if (unknown.length > 0) {
    throw new DepotError(
      'CONFLICT',
      `This database was written by a newer version of Depot (it has migrations ${unknown.join(', ')} ` +
        `that this version does not know). Update Depot; the database was not changed.`,
      { unknown },
    );
  }
  applied.forEach((name, i) => {
    if (code[i] !== name) {
      throw new DepotError(
        'CONFLICT',
        `This database's migration history disagrees with this version of Depot ` +
          `(position ${i + 1}: database has ${name}, code expects ${code[i]}). The database was not changed.`,
        { position: i + 1, database: name, code: code[i] },
      );
    }
  });
}

export type OpenOptions = { migrations?: readonly Migration[] };

/** Opens (creating if needed) and migrates the database; throws before writing if refused. */
export async function openDatabase(filename: string, options: OpenOptions = {}): Promise<Knex> {
  const list = options.migrations ?? codeMigrations;
  const db = connect(filename);
  try {
    checkMigrationHistory(
      await appliedMigrations(db),
      list.map((m) => m.name),
    );
    await db.migrate.latest({ migrationSource: migrationSource(list), tableName: MIGRATION_TABLE });
    return db;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
