import { existsSync } from 'node:fs';
import type { Knex } from 'knex';
import { DepotError } from '../contract/errors';

/**
 * A consistent copy of the live database while it stays in use (SQLite's VACUUM INTO, which
 * reads inside one transaction). SQLite-specific: a PostgreSQL depot backs up with pg_dump.
 */
export async function backupDatabase(db: Knex, target: string): Promise<void> {
  if (existsSync(target)) {
    throw new DepotError(
      'CONFLICT',
      `Backup target ${target} already exists; choose a new file name.`,
    );
  }
  if (db.client.config.client !== 'sqlite3') {
    throw new DepotError(
      'RULE',
      'Online backup is built in for SQLite only; use pg_dump for PostgreSQL.',
    );
  }
  await db.raw('VACUUM INTO ?', [target]);
}
