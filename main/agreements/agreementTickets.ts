import type { Knex } from 'knex';
import { fromStored } from '../intake/warrantySnapshot';

/**
 * The latest intake date of the customer's tickets whose warranty was decided under this
 * agreement, or null. Tickets snapshot their decision (policy 2), so an agreement may not be
 * ended before a day it was already used on: its record would then contradict those tickets.
 */
export async function lastIntakeUnder(
  db: Knex | Knex.Transaction,
  agreement: { id: number; customerId: number },
): Promise<string | null> {
  const rows = await db('tickets')
    .where({ customer_id: agreement.customerId })
    .select<{ warranty_snapshot: string }[]>('warranty_snapshot');
  let last: string | null = null;
  for (const row of rows) {
    const decision = fromStored(row.warranty_snapshot);
    if (decision.policy.agreement?.id !== agreement.id) continue;
    if (last === null || decision.intakeDate > last) last = decision.intakeDate;
  }
  return last;
}
