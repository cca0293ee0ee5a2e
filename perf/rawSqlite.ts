import sqlite3 from 'sqlite3';

// The raw baseline: the sqlite3 driver with the same pragmas as the core, no knex, no handler.
export type RawDb = {
  run: (sql: string, params?: unknown[]) => Promise<void>;
  get: <T>(sql: string, params?: unknown[]) => Promise<T | undefined>;
  close: () => Promise<void>;
};

export async function openRaw(file: string): Promise<RawDb> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const handle = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(handle)));
  });
  const raw: RawDb = {
    run: (sql, params = []) =>
      new Promise((resolve, reject) =>
        db.run(sql, params, (err) => (err ? reject(err) : resolve())),
      ),
    get: <T>(sql: string, params: unknown[] = []) =>
      new Promise<T | undefined>((resolve, reject) =>
        db.get(sql, params, (err, row) => (err ? reject(err) : resolve(row as T))),
      ),
    close: () =>
      new Promise((resolve, reject) => db.close((err) => (err ? reject(err) : resolve()))),
  };
  for (const pragma of [
    'foreign_keys = ON',
    'journal_mode = WAL',
    'synchronous = FULL',
    'busy_timeout = 5000',
  ]) {
    await raw.run(`PRAGMA ${pragma}`);
  }
  return raw;
}
