import sqlite3 from 'sqlite3';
import type { Core } from '../main/core';
import { DEMO_PIN } from '../main/seed/demo';
import type { Stats } from './measure';

// What the scenarios share: a demo staff member signed in on the core, calling channels as the
// UI does, and a bare read-only sqlite3 connection for the baseline under the same SQL.

export type Sql = { sql: string; bindings: unknown[] };

/** The SQL statements a call sends to the database (knex's query event), for the baseline. */
export async function sqlOf(core: Core, work: () => Promise<unknown>): Promise<Sql[]> {
  const seen: Sql[] = [];
  const listen = (q: Sql) => seen.push({ sql: q.sql, bindings: q.bindings });
  core.db.on('query', listen);
  try {
    await work();
  } finally {
    core.db.removeListener('query', listen);
  }
  return seen;
}

/** A baseline's figures under the names every scenario reports them with. */
export const baseline = (s: Stats) => ({ baseline_ms: s.p50_ms, baseline_p95_ms: s.p95_ms });

export type Client = {
  staffId: number;
  call: <T>(channel: string, input: unknown) => Promise<T>;
};

export async function signIn(core: Core, username: string): Promise<Client> {
  const key = `bench-${username}`;
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await core.invoke(key, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data as T;
  };
  const roster = await call<{ id: number; username: string }[]>('session/roster', {});
  const staff = roster.find((s) => s.username === username);
  if (!staff) throw new Error(`No demo staff member ${username}`);
  await call('session/signIn', { staffId: staff.id, pin: DEMO_PIN });
  return { staffId: staff.id, call };
}

export type RawReader = {
  all: <T>(sql: string, params: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
};

/** Read-only sqlite3, no knex, no handler: the floor under the same SQL. */
export async function openRawReader(file: string): Promise<RawReader> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const handle = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) =>
      err ? reject(err) : resolve(handle),
    );
  });
  return {
    all: <T>(sql: string, params: unknown[]) =>
      new Promise<T[]>((resolve, reject) =>
        db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))),
      ),
    close: () =>
      new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve()))),
  };
}
