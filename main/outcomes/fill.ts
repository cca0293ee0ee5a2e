import type { Knex } from 'knex';
import { depotTimeZone } from '../intake/zonedTime';
import type { Settings } from '../settings/settingsSchema';
import { recountDays, resumDays } from './days';
import { HANDED_BACK, outcomeRows, outcomeRules, type OutcomeRow } from './outcomeRows';

// The outcome rows of tickets handed back before ticket_outcomes existed (migration 0035), or
// written by a bulk seed that bypasses the bench (main/seed, perf/): filled at start-up, at the
// rules in force then. And the recount that proves the table: every row against what the source
// rows make of it now.

const BATCH = 5000;

type Db = Knex | Knex.Transaction;

const count = async (q: Knex.QueryBuilder) =>
  Number(((await q.count({ n: '*' })) as { n: number | string }[])[0].n);

/** Handed-back tickets (delivered or closed) with no outcome row yet. */
async function missingIds(db: Db, afterId: number): Promise<number[]> {
  const rows = (await db('tickets as t')
    .whereNotNull('t.completed_at')
    .whereIn('t.status', HANDED_BACK)
    .where('t.id', '>', afterId)
    .whereNotExists(db('ticket_outcomes as o').whereRaw('o.ticket_id = t.id').select('o.ticket_id'))
    .orderBy('t.id')
    .limit(BATCH)
    .select('t.id')) as { id: number }[];
  return rows.map((r) => r.id);
}

/**
 * Writes the missing rows, then sums the days again if any was written (or the day sums are
 * missing); returns how many rows. Cheap when none is missing (three index counts).
 */
export async function fillOutcomes(db: Knex, settings: Settings): Promise<number> {
  const handedBack = await count(
    db('tickets').whereNotNull('completed_at').whereIn('status', HANDED_BACK),
  );
  const outcomes = await count(db('ticket_outcomes'));
  const daysMissing = outcomes > 0 && (await count(db('outcome_days'))) === 0;
  const written = handedBack === outcomes ? 0 : await fillRows(db, settings);
  if (written > 0 || daysMissing) await db.transaction((trx) => resumDays(trx));
  return written;
}

async function fillRows(db: Knex, settings: Settings): Promise<number> {
  const rules = outcomeRules(settings, depotTimeZone());
  let written = 0;
  let after = 0;
  for (;;) {
    const ids = await missingIds(db, after);
    if (ids.length === 0) return written;
    await db.transaction(async (trx) => {
      const rows = await outcomeRows(trx, rules, (q) =>
        q.where('t.id', '>=', ids[0]).where('t.id', '<=', ids[ids.length - 1]),
      );
      const wanted = new Set(ids);
      const fresh = rows.filter((r) => wanted.has(r.ticket_id));
      for (let i = 0; i < fresh.length; i += 200) {
        await trx('ticket_outcomes').insert(fresh.slice(i, i + 200));
      }
      written += fresh.length;
    });
    after = ids[ids.length - 1];
  }
}

/**
 * Every row written anew from the source rows at today's rules: for test fixtures and bulk seeds
 * that write handed-back tickets, labour, follow-ups or re-repairs straight into their tables.
 */
export async function rebuildOutcomes(db: Knex, settings: Settings): Promise<number> {
  await db('outcome_days').delete();
  await db('ticket_outcomes').delete();
  return fillOutcomes(db, settings);
}

export type Difference = { ticketId: number; column: string; stored: unknown; recounted: unknown };

/** SQLite answers booleans as 0/1 and PostgreSQL bigints as text: compare what they mean. */
function norm(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  return v ?? null;
}

/**
 * Every outcome row against a recount from the source rows at the given rules: the differences
 * (none when the table is exact), plus tickets with a row missing or a row too many.
 */
export async function recountOutcomes(db: Knex, settings: Settings): Promise<Difference[]> {
  const rules = outcomeRules(settings, depotTimeZone());
  const out: Difference[] = [];
  const [{ max }] = (await db('tickets').max({ max: 'id' })) as { max: number | null }[];
  for (let from = 1; from <= (max ?? 0); from += BATCH) {
    const to = from + BATCH - 1;
    const recounted = await outcomeRows(db, rules, (q) =>
      q.where('t.id', '>=', from).where('t.id', '<=', to),
    );
    const stored = new Map(
      (
        (await db('ticket_outcomes')
          .where('ticket_id', '>=', from)
          .where('ticket_id', '<=', to)
          .select('*')) as OutcomeRow[]
      ).map((r) => [r.ticket_id, r]),
    );
    for (const r of recounted) {
      const s = stored.get(r.ticket_id);
      stored.delete(r.ticket_id);
      if (!s) {
        out.push({ ticketId: r.ticket_id, column: '*', stored: null, recounted: 'row' });
        continue;
      }
      for (const [column, value] of Object.entries(r)) {
        const v = (s as Record<string, unknown>)[column];
        if (norm(v) !== norm(value))
          out.push({ ticketId: r.ticket_id, column, stored: v, recounted: value });
      }
    }
    for (const id of stored.keys())
      out.push({ ticketId: id, column: '*', stored: 'row', recounted: null });
  }
  // The day sums (days.ts) against a fresh sum of the rows as stored.
  for (const key of await recountDays(db)) {
    out.push({ ticketId: 0, column: `outcome_days ${key}`, stored: 'sum', recounted: 'sum' });
  }
  return out;
}
