import type { Knex } from 'knex';
import type { AuditEntry } from '../contract/handler';

export type AuditRow = {
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

/** Appends one audit row inside the caller's transaction (policy 1: who did what, when). */
export async function writeAudit(
  trx: Knex | Knex.Transaction,
  entry: AuditEntry & { channel: string; staffId: number | null; at: Date },
): Promise<void> {
  await trx('audit_log').insert({
    at: entry.at.toISOString(),
    staff_id: entry.staffId,
    channel: entry.channel,
    entity: entry.entity,
    entity_id: entry.entityId === null ? null : String(entry.entityId),
    action: entry.action,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  });
}
