import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import knexFactory, { type Knex } from 'knex';
import { migrations as codeMigrations, type Migration } from '../../migrations';
import { refuse } from '../contract/errors';

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

/**
 * A connection that cannot change the file: no pragmas, opened read-only. Without a `-wal` file
 * the database is fully checkpointed, so it is read as immutable (SQLite then creates no
 * `-wal`/`-shm` beside it); with one, it is read through the WAL, read-only. A `live` file (one
 * the core's writer may change meanwhile, as during verification) is never taken as immutable,
 * and waits out a writer's lock like the writer's own connection does.
 */
export function connectReadOnly(filename: string, options: { live?: boolean } = {}): Knex {
  const mode = options.live || existsSync(`${filename}-wal`) ? 'mode=ro' : 'immutable=1';
  return knexFactory({
    client: 'sqlite3',
    connection: { filename: `${pathToFileURL(filename).href}?${mode}`, flags: ['OPEN_URI'] },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      ...(options.live && {
        afterCreate: (
          conn: RawSqliteConnection,
          done: (err: Error | null, conn: unknown) => void,
        ) => conn.exec('PRAGMA busy_timeout = 5000', (err) => done(err, conn)),
      }),
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
    throw refuse('CONFLICT', 'backup.newerDatabase', {
      params: { migrations: unknown.join(', ') },
      message:
        `This database was written by a newer version of Depot (it has migrations ${unknown.join(', ')} ` +
        `that this version does not know). Update Depot; the database was not changed.`,
      details: { unknown },
    });
  }
  applied.forEach((name, i) => {
    if (code[i] !== name) {
      throw refuse('CONFLICT', 'backup.historyDisagrees', {
        params: { position: i + 1, database: name, code: code[i] },
        message:
          `This database's migration history disagrees with this version of Depot ` +
          `(position ${i + 1}: database has ${name}, code expects ${code[i]}). The database was not changed.`,
        details: { position: i + 1, database: name, code: code[i] },
      });
    }
  });
}

export type OpenOptions = {
  migrations?: readonly Migration[];
  /**
   * Runs after the history was accepted and before any migration (the start-up backup):
   * `pending` names the migrations about to run.
   */
  beforeMigrate?: (db: Knex, history: { applied: string[]; pending: string[] }) => Promise<void>;
};

/** The applied migrations of an existing file, read without changing a byte of it. */
export async function readHistory(filename: string): Promise<string[]> {
  const db = connectReadOnly(filename);
  try {
    return await appliedMigrations(db);
  } finally {
    await db.destroy();
  }
}

/**
 * Opens (creating if needed) and migrates the database. A refused database is refused before
 * the first read-write connection, whose pragmas (journal_mode=WAL) would rewrite its header
 * (issue 9, defect 7).
 */
export async function openDatabase(filename: string, options: OpenOptions = {}): Promise<Knex> {
  const list = options.migrations ?? codeMigrations;
  const names = list.map((m) => m.name);
  const applied = existsSync(filename) ? await readHistory(filename) : [];
  checkMigrationHistory(applied, names);
  const db = connect(filename);
  try {
    await migrateConnected(db, list, options.beforeMigrate);
    return db;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/**
 * Checks and migrates an open connection: also used after a restore swapped the file under the
 * same knex instance. The check runs again here, on the connection that migrates.
 */
export async function migrateConnected(
  db: Knex,
  list: readonly Migration[] = codeMigrations,
  beforeMigrate?: OpenOptions['beforeMigrate'],
): Promise<void> {
  const names = list.map((m) => m.name);
  const applied = await appliedMigrations(db);
  checkMigrationHistory(applied, names);
  if (beforeMigrate) await beforeMigrate(db, { applied, pending: names.slice(applied.length) });
  await db.migrate.latest({ migrationSource: migrationSource(list), tableName: MIGRATION_TABLE });
}
