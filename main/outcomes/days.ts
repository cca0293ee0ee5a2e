import type { Knex } from 'knex';

// outcome_days (migration 0037): the outcome rows summed per local day handed back, station,
// product type, technician, covered or not, repaired or not. A ticket's group is fixed at
// hand-over, so after any change to a ticket's outcome row its one group is summed again from
// ticket_outcomes (never adjusted by a delta), in the same transaction; a bulk change (the
// start-up fill, on time re-judged for a product type) sums its groups again the same way.

type Db = Knex | Knex.Transaction;

export const DAY_KEY = [
  'completed_day',
  'station_id',
  'type_id',
  'technician_key',
  'covered',
  'repaired',
] as const;

/** The sums of the outcome rows (alias `o`) the filter keeps, one row per day group. */
export function daySums(db: Db, filter: (q: Knex.QueryBuilder) => void) {
  const technician = 'coalesce(o.technician_id, 0)';
  const covered = "case when o.warranty_status = 'covered' then 1 else 0 end";
  const q = db('ticket_outcomes as o')
    .select('o.completed_day', 'o.station_id', 'o.type_id', 'o.repaired')
    .select(
      db.raw(`${technician} as technician_key`),
      db.raw(`${covered} as covered`),
      db.raw('count(*) as tickets'),
      db.raw('cast(sum(o.minutes) as bigint) as minutes'),
      db.raw('cast(sum(o.labour) as bigint) as labour'),
      db.raw('cast(sum(o.parts) as bigint) as parts'),
      db.raw('cast(sum(o.bill_parts + o.bill_labour + o.bill_fee + o.tax) as bigint) as billed'),
      db.raw('cast(sum(o.paid) as bigint) as paid'),
      db.raw('cast(sum(case when o.on_time = ? then 1 else 0 end) as bigint) as on_time', [true]),
      db.raw('cast(sum(case when o.rerepair_id is null then 1 else 0 end) as bigint) as success'),
      db.raw('count(o.score) as answers'),
      db.raw('cast(coalesce(sum(o.score), 0) as bigint) as score_sum'),
    )
    .groupBy('o.completed_day', 'o.station_id', 'o.type_id', 'o.repaired')
    .groupByRaw(`${technician}, ${covered}`);
  filter(q);
  return q;
}

type DayRow = Record<(typeof DAY_KEY)[number], unknown> & Record<string, unknown>;

/** Sums the group of each given ticket again (their groups, once each). */
export async function resumDaysOf(trx: Db, ticketIds: readonly number[]): Promise<void> {
  const keys = (await trx('ticket_outcomes')
    .whereIn('ticket_id', ticketIds)
    .distinct(
      'completed_day',
      'station_id',
      'type_id',
      'technician_id',
      'warranty_status',
      'repaired',
    )) as {
    completed_day: string;
    station_id: number;
    type_id: number;
    technician_id: number | null;
    warranty_status: string;
    repaired: unknown;
  }[];
  for (const k of keys) {
    const covered = k.warranty_status === 'covered';
    const repaired = Boolean(Number(k.repaired));
    await trx('outcome_days')
      .where({
        completed_day: k.completed_day,
        station_id: k.station_id,
        type_id: k.type_id,
        technician_key: k.technician_id ?? 0,
        covered,
        repaired,
      })
      .delete();
    const rows = (await daySums(trx, (q) => {
      q.where('o.completed_day', k.completed_day)
        .where('o.station_id', k.station_id)
        .where('o.type_id', k.type_id)
        .where('o.repaired', repaired);
      if (k.technician_id === null) q.whereNull('o.technician_id');
      else q.where('o.technician_id', k.technician_id);
      if (covered) q.where('o.warranty_status', 'covered');
      else q.whereNot('o.warranty_status', 'covered');
    })) as DayRow[];
    if (rows.length > 0) await trx('outcome_days').insert(rows.map(stored));
  }
}

/** Every group whose rows the filter keeps (alias `o`), summed again. */
export async function resumDays(trx: Db, scope: { typeId?: number } = {}): Promise<void> {
  const del = trx('outcome_days');
  if (scope.typeId !== undefined) void del.where('type_id', scope.typeId);
  await del.delete();
  const rows = (await daySums(trx, (q) => {
    if (scope.typeId !== undefined) q.where('o.type_id', scope.typeId);
  })) as DayRow[];
  for (let i = 0; i < rows.length; i += 200) {
    await trx('outcome_days').insert(rows.slice(i, i + 200).map(stored));
  }
}

/** A summed row as stored: booleans as booleans, counts as numbers (PostgreSQL gives text). */
function stored(r: DayRow) {
  const n = (v: unknown) => Number(v ?? 0);
  return {
    completed_day: r.completed_day,
    station_id: r.station_id,
    type_id: r.type_id,
    technician_key: n(r.technician_key),
    covered: n(r.covered) === 1,
    repaired: r.repaired === true || n(r.repaired) === 1,
    tickets: n(r.tickets),
    minutes: n(r.minutes),
    labour: n(r.labour),
    parts: n(r.parts),
    billed: n(r.billed),
    paid: n(r.paid),
    on_time: n(r.on_time),
    success: n(r.success),
    answers: n(r.answers),
    score_sum: n(r.score_sum),
  };
}

/** The stored day rows against a fresh sum of ticket_outcomes: the keys that differ. */
export async function recountDays(db: Db): Promise<string[]> {
  const key = (r: Record<string, unknown>) =>
    [
      r.completed_day,
      r.station_id,
      r.type_id,
      Number(r.technician_key),
      Number(r.covered === true || Number(r.covered) === 1),
      Number(r.repaired === true || Number(r.repaired) === 1),
    ].join('/');
  const value = (r: Record<string, unknown>) => JSON.stringify(stored(r as DayRow));
  const fresh = new Map(
    ((await daySums(db, () => undefined)) as DayRow[]).map((r) => [key(r), value(r)]),
  );
  const differ: string[] = [];
  for (const r of (await db('outcome_days').select('*')) as DayRow[]) {
    const k = key(r);
    if (fresh.get(k) !== value(r)) differ.push(k);
    fresh.delete(k);
  }
  return [...differ, ...fresh.keys()];
}
