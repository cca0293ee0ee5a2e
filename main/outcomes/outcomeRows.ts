import type { Knex } from 'knex';
import { ticketBilling, type BillingParams, type TicketFilter } from '../pricing/billing';
import { billingParams } from '../pricing/ticketMoney';
import { addWorkingDays, type WorkingCalendar } from '../intake/workingDays';
import { localDate } from '../intake/zonedTime';
import type { Settings } from '../settings/settingsSchema';

// A handed-back ticket's outcome row, computed from the rows it summarises: the cost and the
// bill by the one billing query (main/pricing/billing.ts), the appraisal facts (policy 4) by the
// rules of main/appraisal/ticketFacts.ts. Hand-over, the start-up fill and the recount that
// proves the table all compute rows here, so they cannot disagree.

export type OutcomeRules = {
  billing: BillingParams;
  calendar: WorkingCalendar;
  defaultTarget: number;
  timeZone: string;
};

export type OutcomeRow = {
  ticket_id: number;
  completed_at: string;
  reported_day: string;
  completed_day: string;
  station_id: number;
  type_id: number;
  technician_id: number | null;
  warranty_status: string;
  repaired: boolean;
  target_days: number;
  due_day: string;
  on_time: boolean;
  minutes: number;
  labour: number;
  parts: number;
  declined: boolean;
  bill_parts: number;
  bill_labour: number;
  bill_fee: number;
  tax: number;
  paid: number;
  rerepair_id: number | null;
  score: number | null;
  answered_at: string | null;
};

export function outcomeRules(settings: Settings, timeZone: string): OutcomeRules {
  return {
    billing: billingParams(settings),
    calendar: settings.calendar,
    defaultTarget: settings.appraisal.turnaroundWorkingDays,
    timeZone,
  };
}

type Num = number | string | null;
type MoneyRow = Record<
  | 'minutes'
  | 'labour'
  | 'parts'
  | 'declined'
  | 'bill_parts'
  | 'bill_labour'
  | 'bill_fee'
  | 'tax'
  | 'paid',
  Num
> & { id: number; station_id: number; type_id: number; warranty_status: string };
type FactRow = {
  id: number;
  reported_at: string;
  completed_at: string;
  assigned_to: number | null;
  target: number | null;
  unrepaired: Num;
  rerepair_id: number | null;
};
type AnswerRow = { ticket_id: number; satisfaction: number; done_at: string };

/** A ticket's unit is back with its customer (completed_at stamped by the hand-over). */
export const HANDED_BACK = ['delivered', 'closed'] as const;

/** The first later ticket, not cancelled, opened as a re-repair of ticket `t` (its id). */
export const FIRST_REREPAIR = `(select min(r.id) from tickets r
  where r.repeat_of_ticket_id = t.id and r.status <> 'cancelled')`;

/** The follow-up answer (a reached call with its score) of the given tickets. */
export function answersOf(db: Knex | Knex.Transaction, ticketIds: readonly number[]) {
  return db('follow_ups')
    .whereIn('ticket_id', ticketIds)
    .whereNotNull('satisfaction')
    .select('ticket_id', 'satisfaction', 'done_at') as unknown as Promise<AnswerRow[]>;
}

/** The outcome rows of the handed-back tickets the filter keeps (alias `t`), by ticket id. */
export async function outcomeRows(
  db: Knex | Knex.Transaction,
  rules: OutcomeRules,
  filter: TicketFilter,
): Promise<OutcomeRow[]> {
  const handedBack: TicketFilter = (q) => {
    filter(q);
    q.whereNotNull('t.completed_at').whereIn('t.status', HANDED_BACK);
  };
  const money = (await ticketBilling(db, rules.billing, handedBack)) as MoneyRow[];
  if (money.length === 0) return [];
  const factQuery = db('tickets as t')
    .join('units as u', 'u.id', 't.unit_id')
    .join('product_models as m', 'm.id', 'u.model_id')
    .join('product_types as pt', 'pt.id', 'm.product_type_id')
    .select('t.id', 't.reported_at', 't.completed_at', 't.assigned_to')
    .select('pt.turnaround_working_days as target')
    .select(
      db.raw(`(select count(*) from ticket_transitions tt
                where tt.ticket_id = t.id and tt.to_status = 'return_unrepaired') as unrepaired`),
      db.raw(`${FIRST_REREPAIR} as rerepair_id`),
    );
  handedBack(factQuery);
  const facts = new Map(((await factQuery) as FactRow[]).map((f) => [f.id, f]));
  const answers = new Map<number, AnswerRow>();
  const ids = money.map((m) => m.id);
  // Bound the IN list (SQLite's parameter limit, PostgreSQL's plan size).
  for (let i = 0; i < ids.length; i += 500) {
    for (const a of await answersOf(db, ids.slice(i, i + 500))) answers.set(a.ticket_id, a);
  }
  // Many tickets share a (reported day, target) pair: count working days once per pair.
  const dues = new Map<string, string>();
  const n = (v: Num) => Number(v ?? 0);
  return money.map((m): OutcomeRow => {
    const f = facts.get(m.id);
    if (!f) throw new Error(`ticket ${m.id} has money but no facts`);
    const reportedDay = localDate(new Date(f.reported_at), rules.timeZone);
    const completedDay = localDate(new Date(f.completed_at), rules.timeZone);
    const target = f.target ?? rules.defaultTarget;
    const key = `${reportedDay}/${target}`;
    let due = dues.get(key);
    if (due === undefined) {
      due = addWorkingDays(reportedDay, target, rules.calendar);
      dues.set(key, due);
    }
    const a = answers.get(m.id);
    return {
      ticket_id: m.id,
      completed_at: f.completed_at,
      reported_day: reportedDay,
      completed_day: completedDay,
      station_id: m.station_id,
      type_id: m.type_id,
      technician_id: f.assigned_to,
      warranty_status: m.warranty_status,
      repaired: n(f.unrepaired) === 0,
      target_days: target,
      due_day: due,
      on_time: completedDay <= due,
      minutes: n(m.minutes),
      labour: n(m.labour),
      parts: n(m.parts),
      declined: n(m.declined) === 1,
      bill_parts: n(m.bill_parts),
      bill_labour: n(m.bill_labour),
      bill_fee: n(m.bill_fee),
      tax: n(m.tax),
      paid: n(m.paid),
      rerepair_id: f.rerepair_id ?? null,
      score: a?.satisfaction ?? null,
      answered_at: a?.done_at ?? null,
    };
  });
}
