import { createHash } from 'node:crypto';
import type { Knex } from 'knex';

// Tamper evidence for the audit trail (issue 9; policy 1): every row gets the sha256 of its own
// columns and of the previous row's hash (main/audit/auditChain.ts writes and checks them). The
// rows already written are hashed here, in id order, so the chain covers the whole history and
// not only what comes after this version. audit_log refuses UPDATE, so the guard is lifted for
// this backfill only and put back before the migration's transaction commits.

const GENESIS = '0'.repeat(64);
const PAGE = 2000;
const INSERT_BATCH = 300; // 3 values per row: under SQLite's bound-variable limit

type Row = {
  id: number;
  at: string;
  staff_id: number | null;
  channel: string;
  entity: string;
  entity_id: string | null;
  action: string;
  before: string | null;
  after: string | null;
};

// Frozen copy of auditRowHash (main/audit/auditChain.ts): a migration never imports runtime code.
function rowHash(row: Row, prevHash: string): string {
  const canonical = JSON.stringify([
    'depot-audit/1',
    row.at,
    row.staff_id,
    row.channel,
    row.entity,
    row.entity_id,
    row.action,
    row.before,
    row.after,
    prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

const isPostgres = (knex: Knex) =>
  ['pg', 'postgres', 'postgresql'].includes(String(knex.client.config.client));

async function allowUpdates(knex: Knex): Promise<void> {
  if (isPostgres(knex)) {
    await knex.raw('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
  } else {
    await knex.raw('DROP TRIGGER audit_log_no_update');
  }
}

// The same guard as migrations/appendOnly.ts puts on the table.
async function refuseUpdates(knex: Knex): Promise<void> {
  if (isPostgres(knex)) {
    await knex.raw('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
  } else {
    await knex.raw(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END`);
  }
}

export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE audit_log ADD COLUMN prev_hash varchar(64)');
  await knex.raw('ALTER TABLE audit_log ADD COLUMN hash varchar(64)');

  // Hashes are computed page by page into a scratch table, then set in one UPDATE (row-by-row
  // updates of a million rows would hold start-up for minutes).
  await knex.schema.createTable('audit_chain_backfill', (t) => {
    t.integer('id').primary();
    t.string('prev_hash', 64).notNullable();
    t.string('hash', 64).notNullable();
  });
  let head = GENESIS;
  let lastId = 0;
  for (;;) {
    const rows = (await knex('audit_log')
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(PAGE)
      .select(
        'id',
        'at',
        'staff_id',
        'channel',
        'entity',
        'entity_id',
        'action',
        'before',
        'after',
      )) as Row[];
    if (rows.length === 0) break;
    const linked = rows.map((row) => {
      const hash = rowHash(row, head);
      const out = { id: row.id, prev_hash: head, hash };
      head = hash;
      return out;
    });
    for (let i = 0; i < linked.length; i += INSERT_BATCH) {
      await knex('audit_chain_backfill').insert(linked.slice(i, i + INSERT_BATCH));
    }
    lastId = rows[rows.length - 1].id;
  }
  await allowUpdates(knex);
  await knex.raw(`UPDATE audit_log SET prev_hash = b.prev_hash, hash = b.hash
    FROM audit_chain_backfill AS b WHERE b.id = audit_log.id`);
  await refuseUpdates(knex);
  await knex.schema.dropTable('audit_chain_backfill');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE audit_log DROP COLUMN hash');
  await knex.raw('ALTER TABLE audit_log DROP COLUMN prev_hash');
}
