import { createHash } from 'node:crypto';
import type { Knex } from 'knex';

// Tamper evidence for the audit trail (issue 9, standing proof; policy 1: every record says who
// did it and when). The database refuses UPDATE and DELETE on audit_log, but someone with the
// file and a SQL console can drop that guard. So each row also carries the sha256 of its own
// columns and of the previous row's hash: an altered row no longer matches its hash, and a
// deleted row breaks the link of the row after it. (Whoever rewrites every later hash too
// defeats any unkeyed chain; a chain head kept outside the database, e.g. in a backup, catches
// that. See docs/reliability.md.)

/** The `prev_hash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** The columns a hash covers: everything a row says, exactly as stored. */
export type ChainedColumns = {
  at: string;
  staff_id: number | null;
  channel: string;
  entity: string;
  entity_id: string | null;
  action: string;
  before: string | null;
  after: string | null;
};

/**
 * The canonical hash of one row: a JSON array in a fixed column order (JSON.stringify of
 * strings, integers and null is deterministic), versioned so the rule can change later.
 * Migration 0025 repeats this function inline (migrations never import runtime code); its test
 * proves the two agree.
 */
export function auditRowHash(row: ChainedColumns, prevHash: string): string {
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

// An arbitrary, fixed key for PostgreSQL's transaction-scoped advisory lock on the chain.
const CHAIN_LOCK_KEY = 0x6465706f; // 'depo'

/**
 * The hash the next row links to. Must be called inside the writer's transaction, and the read
 * must be serialised with every other audit writer, or two writers would both link to the same
 * row and fork the chain. SQLite: the core has one connection, so transactions run one at a
 * time; another process on the same file cannot commit on a stale snapshot (WAL refuses the
 * upgrade with SQLITE_BUSY), so its transaction fails rather than forks. PostgreSQL: take a
 * transaction-scoped advisory lock first, held until commit or rollback.
 */
export async function chainHead(trx: Knex.Transaction): Promise<string> {
  const client = String(trx.client.config.client);
  if (['pg', 'postgres', 'postgresql'].includes(client)) {
    await trx.raw('SELECT pg_advisory_xact_lock(?)', [CHAIN_LOCK_KEY]);
  }
  const last = (await trx('audit_log').orderBy('id', 'desc').first('hash')) as
    { hash: string | null } | undefined;
  return last?.hash ?? GENESIS_HASH;
}

/** Links rows written in bulk (the scale seed) after `prevHash`, in insert order. */
export function chainRows<R extends ChainedColumns>(
  prevHash: string,
  rows: R[],
): { rows: (R & { prev_hash: string; hash: string })[]; head: string } {
  let head = prevHash;
  const linked = rows.map((row) => {
    const hash = auditRowHash(row, head);
    const out = { ...row, prev_hash: head, hash };
    head = hash;
    return out;
  });
  return { rows: linked, head };
}
