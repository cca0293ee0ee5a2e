import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '.';
import { openDatabase } from '../main/db/open';
import { auditRowHash, GENESIS_HASH } from '../main/audit/auditChain';
import { writeAudit } from '../main/audit/auditLog';
import { verifyAuditChain } from '../main/audit/verifyChain';

// STYLE.md habit 7: migrate to the version before, write history as it was written then,
// migrate, and prove the chain covers that history.

const NAME = '20261207_0025_audit_chain';
let dir: string;
let db: Knex | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'depot-m0025-'));
});
afterEach(async () => {
  await db?.destroy();
  db = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const OLD_ROWS = [
  {
    at: '2026-11-27T01:00:00.000Z',
    staff_id: null,
    channel: 'session/setup',
    entity: 'staff',
    entity_id: '1',
    action: 'create',
    before: null,
    after: '{"name":"老闆 Boss"}',
  },
  {
    at: '2026-11-27T01:01:00.000Z',
    staff_id: 1,
    channel: 'settings/update',
    entity: 'settings',
    entity_id: 'depot',
    action: 'update',
    before: '{"name":"Depot"}',
    after: '{"name":"北區 \\"North\\""}',
  },
  {
    at: '2026-11-27T01:02:00.000Z',
    staff_id: 1,
    channel: 'tickets/create',
    entity: 'ticket',
    entity_id: null,
    action: 'create',
    before: null,
    after: null,
  },
];

describe(`migration ${NAME}`, () => {
  it('hashes the history written before it, in order, and keeps the trail append-only', async () => {
    const file = join(dir, 'depot.sqlite');
    const before = migrations.slice(
      0,
      migrations.findIndex((m) => m.name === NAME),
    );
    db = await openDatabase(file, { migrations: before });
    await db('staff').insert({
      username: 'boss',
      display_name: '老闆 Boss',
      pin_hash: 'x',
      created_at: '2026-11-27T01:00:00.000Z',
      updated_at: '2026-11-27T01:00:00.000Z',
    });
    await db('audit_log').insert(OLD_ROWS);
    await db.destroy();

    db = await openDatabase(file);
    const rows = (await db('audit_log').orderBy('id')) as ((typeof OLD_ROWS)[number] & {
      prev_hash: string;
      hash: string;
    })[];
    let head = GENESIS_HASH;
    for (const [i, row] of rows.entries()) {
      expect(row).toMatchObject(OLD_ROWS[i]);
      expect(row.prev_hash).toBe(head);
      expect(row.hash).toBe(auditRowHash(row, head));
      head = row.hash;
    }
    await db.transaction((trx) =>
      writeAudit(trx, {
        channel: 'test',
        staffId: 1,
        at: new Date(),
        entity: 'x',
        entityId: 1,
        action: 'y',
      }),
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 4, problems: [] });
    await expect(db('audit_log').update({ action: 'forged' })).rejects.toThrow(/append-only/);
    await expect(db('audit_log').delete()).rejects.toThrow(/append-only/);
  });

  it('leaves an empty trail to start at the genesis hash', async () => {
    db = await openDatabase(join(dir, 'empty.sqlite'));
    await db.transaction((trx) =>
      writeAudit(trx, {
        channel: 'test',
        staffId: null,
        at: new Date(),
        entity: 'x',
        entityId: null,
        action: 'y',
      }),
    );
    expect(await db('audit_log').first('prev_hash')).toEqual({ prev_hash: GENESIS_HASH });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
