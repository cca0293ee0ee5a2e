import type { Knex } from 'knex';
import { addWorkingDays } from '../intake/workingDays';
import type { Settings } from '../settings/settingsSchema';
import { resumDays } from './days';

// On time is judged by today's rules, past periods included: a changed turnaround target (a
// product type's, or the default in Settings > Appraisal) or a changed working calendar brings
// the outcome rows' target, due day and on-time to it in the change's own transaction, by the
// rule the rows were written with (outcomeRows.ts): due = the target-th working day after the
// local day reported, on time = handed back on or before it. A due day depends only on the day
// reported and the target, so each distinct day is counted once per product type (a few
// thousand over years of tickets), and the rows are updated a chunk of days per statement.

const DAYS_PER_STATEMENT = 200;

/** Re-judges the outcome rows of the given product types (all of them without a list). */
export async function rejudgeOnTime(
  trx: Knex.Transaction,
  settings: Settings,
  typeIds?: readonly number[],
): Promise<void> {
  const q = trx('product_types').select('id', 'turnaround_working_days');
  if (typeIds) void q.whereIn('id', typeIds);
  const types = (await q) as { id: number; turnaround_working_days: number | null }[];
  for (const type of types) {
    const target = type.turnaround_working_days ?? settings.appraisal.turnaroundWorkingDays;
    const days = (
      await trx('ticket_outcomes')
        .where('type_id', type.id)
        .distinct<{ reported_day: string }[]>('reported_day')
    ).map((r) => r.reported_day);
    for (let i = 0; i < days.length; i += DAYS_PER_STATEMENT) {
      const chunk = days.slice(i, i + DAYS_PER_STATEMENT);
      await trx('ticket_outcomes')
        .where('type_id', type.id)
        .whereIn('reported_day', chunk)
        .update({
          target_days: target,
          due_day: trx.raw(
            `case reported_day ${chunk.map(() => 'when ? then ?').join(' ')} end`,
            chunk.flatMap((day) => [day, addWorkingDays(day, target, settings.calendar)]),
          ),
        });
    }
    // A comparison is a boolean on PostgreSQL and 0/1 on SQLite, as each stores booleans.
    await trx('ticket_outcomes')
      .where('type_id', type.id)
      .update({ on_time: trx.raw('completed_day <= due_day') });
    await resumDays(trx, { typeId: type.id });
  }
}
