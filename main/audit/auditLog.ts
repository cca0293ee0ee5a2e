import type { Knex } from 'knex';
import type { AuditEntry } from '../contract/handler';
import { auditRowHash, chainHead, type ChainedColumns } from './auditChain';

export type AuditRow = ChainedColumns & {
  id: number;
  prev_hash: string | null;
  hash: string | null;
};

/**
 * Appends one audit row inside the caller's transaction (policy 1: who did what, when), linked
 * to the previous row by its hash (auditChain.ts), so the row and its link commit together.
 */
export async function writeAudit(
  trx: Knex.Transaction,
  entry: AuditEntry & { channel: string; staffId: number | null; at: Date },
): Promise<void> {
  const row: ChainedColumns = {
    at: entry.at.toISOString(),
    staff_id: entry.staffId,
    channel: entry.channel,
    entity: entry.entity,
    entity_id: entry.entityId === null ? null : String(entry.entityId),
    action: entry.action,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
  const prevHash = await chainHead(trx);
  await trx('audit_log').insert({ ...row, prev_hash: prevHash, hash: auditRowHash(row, prevHash) });
}
