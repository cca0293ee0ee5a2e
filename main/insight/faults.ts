import type { Knex } from 'knex';
import { periodBoundsOf, num, type InsightRange } from './range';

// Faults Pareto (issue 10, item 4; policy 6: fault types, problems and trends). Counts the
// faults recorded at the bench (ticket_faults, one symptom / cause / measure line each; a line
// removed by mistake does not count) on tickets reported in the range and not cancelled, by
// symptom code, by cause code and by the unit's model. Each list runs most first (ties by code)
// with its running total and cumulative percent of all the faults, so the few codes behind most
// faults stand out. All three lists count the same faults: each adds up to `faults`.
// Reads the tickets of the range by the reported_at index, then their faults by
// ticket_faults (ticket_id, id).

export type ParetoItem = {
  id: number;
  code: string;
  nameEn: string;
  nameZh: string;
  count: number;
  /** This item and every one before it. */
  cumulative: number;
  /** cumulative / all faults × 100, to one decimal. */
  cumulativePercent: number;
};

export type FaultsPanel = {
  /** Fault lines counted; each list adds up to this. */
  faults: number;
  /** Tickets with at least one fault. */
  tickets: number;
  symptoms: ParetoItem[];
  causes: ParetoItem[];
  models: ParetoItem[];
};

type Named = { id: number; code: string; name_en: string; name_zh: string };

export function pareto(counts: Map<number, number>, names: Map<number, Named>): ParetoItem[] {
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  let running = 0;
  return [...counts]
    .map(([id, count]) => ({ id, count, named: names.get(id) }))
    .sort((a, b) => b.count - a.count || (a.named?.code ?? '').localeCompare(b.named?.code ?? ''))
    .map(({ id, count, named }) => {
      running += count;
      return {
        id,
        code: named?.code ?? String(id),
        nameEn: named?.name_en ?? '',
        nameZh: named?.name_zh ?? '',
        count,
        cumulative: running,
        cumulativePercent: Math.round((running * 1000) / total) / 10,
      };
    });
}

export async function faultsPanel(
  db: Knex,
  range: InsightRange,
  timeZone: string,
): Promise<FaultsPanel> {
  const { start, end } = periodBoundsOf(range, timeZone);
  const base = db('tickets as t')
    .join('ticket_faults as tf', 'tf.ticket_id', 't.id')
    .where('t.reported_at', '>=', start)
    .where('t.reported_at', '<', end)
    .whereNot('t.status', 'cancelled')
    .whereNull('tf.removed_at');
  if (range.stationId !== undefined) void base.where('t.station_id', range.stationId);
  // One pass groups by symptom, cause and model together; the three lists are sums of it.
  const rows = (await base
    .clone()
    .join('units as u', 'u.id', 't.unit_id')
    .groupBy('tf.symptom_code_id', 'tf.cause_code_id', 'u.model_id')
    .select('tf.symptom_code_id as s', 'tf.cause_code_id as c', 'u.model_id as m')
    .count({ n: '*' })) as { s: number; c: number; m: number; n: number | string }[];
  // Tickets with a fault: driven from the range's tickets, each probing its faults by index.
  const withFaults = db('tickets as t')
    .where('t.reported_at', '>=', start)
    .where('t.reported_at', '<', end)
    .whereNot('t.status', 'cancelled')
    .whereExists(
      db('ticket_faults as tf')
        .whereRaw('tf.ticket_id = t.id')
        .whereNull('tf.removed_at')
        .select('tf.id'),
    )
    .count({ n: '*' });
  if (range.stationId !== undefined) void withFaults.where('t.station_id', range.stationId);
  const [ticketRow] = (await withFaults) as { n: number | string }[];
  const symptoms = new Map<number, number>();
  const causes = new Map<number, number>();
  const models = new Map<number, number>();
  const add = (m: Map<number, number>, id: number, n: number) => m.set(id, (m.get(id) ?? 0) + n);
  for (const r of rows) {
    add(symptoms, r.s, num(r.n));
    add(causes, r.c, num(r.n));
    add(models, r.m, num(r.n));
  }
  const codes = new Map(
    ((await db('fault_codes').select('id', 'code', 'name_en', 'name_zh')) as Named[]).map((c) => [
      c.id,
      c,
    ]),
  );
  const modelNames = new Map(
    (
      (await db('product_models')
        .whereIn('id', [...models.keys()])
        .select('id', 'code', 'name_en', 'name_zh')) as Named[]
    ).map((m) => [m.id, m]),
  );
  return {
    faults: rows.reduce((s, r) => s + num(r.n), 0),
    tickets: num(ticketRow?.n),
    symptoms: pareto(symptoms, codes),
    causes: pareto(causes, codes),
    models: pareto(models, modelNames),
  };
}
