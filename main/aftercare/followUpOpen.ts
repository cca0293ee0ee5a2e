import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import type { IsoDate } from '../intake/civilDate';
import { insertedId } from '../intake/rows';
import { addWorkingDays } from '../intake/workingDays';
import { depotTimeZone, endOfLocalDay, localDate } from '../intake/zonedTime';
import { readStoredSettings } from '../settings/storedSettings';
import type { Settings } from '../settings/settingsSchema';

// Policy 3.6: within N working days of the repair, customer service calls the customer. Every
// ticket handed back (delivered) queues its call here, in the delivery's own transaction, so a
// delivered ticket without a follow-up cannot exist. Called from moveTicket, the one place a
// status changes, so every channel that delivers (acceptance, return unrepaired) is covered.

export type FollowUpDue = { dueDate: IsoDate; dueAt: string };

/** Due at the end of the N-th working day after the local day of delivery. */
export function followUpDue(
  deliveredAt: Date,
  settings: Pick<Settings, 'policy' | 'calendar'>,
  timeZone: string,
): FollowUpDue {
  const dueDate = addWorkingDays(
    localDate(deliveredAt, timeZone),
    settings.policy.followUpWorkingDays,
    settings.calendar,
  );
  return { dueDate, dueAt: endOfLocalDay(dueDate, timeZone).toISOString() };
}

export async function openFollowUp(
  trx: Knex.Transaction,
  audit: Audit,
  f: { ticketId: number; deliveredAt: Date },
): Promise<void> {
  // One per ticket (unique ticket_id): a ticket delivered again keeps its first call.
  if (await trx('follow_ups').where({ ticket_id: f.ticketId }).first('id')) return;
  // The settings as committed, read inside this transaction (the delivery has no handler
  // context here); the same reader the settings store uses.
  const rows = (await trx('settings').select('key', 'value')) as { key: string; value: string }[];
  const due = followUpDue(f.deliveredAt, readStoredSettings(rows).settings, depotTimeZone());
  const at = f.deliveredAt.toISOString();
  const [row] = await trx('follow_ups')
    .insert({
      ticket_id: f.ticketId,
      delivered_at: at,
      due_date: due.dueDate,
      due_at: due.dueAt,
      status: 'open',
      created_at: at,
    })
    .returning('id');
  await audit({
    entity: 'followUp',
    entityId: insertedId(row),
    action: 'create',
    after: { ticketId: f.ticketId, ...due },
  });
}
