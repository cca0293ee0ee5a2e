import type { Knex } from 'knex';
import { addDays, type IsoDate } from '../intake/civilDate';
import { depotTimeZone, endOfLocalDay, localDate, startOfLocalDay } from '../intake/zonedTime';

// The effectiveness review (policy 6: track the effect of a corrective action and adjust). For
// the problem's linked fault codes, the rate of tickets that carried one of those codes among
// the tickets completed, in a window before and a window after the action date, as exact
// fractions so the screen can show "3 of 20" and nothing is rounded away.
//
// - Action date: the local day the problem moved to done; before that, the local day of its
//   earliest completed action item; with neither, there is no action date and no rates.
// - Windows of N days (default 90) on the depot's local calendar: "before" is the N days up to
//   the day before the action date, "after" the N days from the day after it. The action day
//   itself belongs to neither, since the change happened during it.
// - Completed: a ticket, not cancelled, whose completed_at falls in the window; if the problem
//   links models, only tickets of those models (the rate is then "of this model's repairs").
// - With a fault code: it has a fault entry, not removed, whose symptom, cause or measure is one
//   of the linked codes.

type Db = Knex | Knex.Transaction;

export type Fraction = { count: number; of: number };
export type Window = { from: IsoDate; to: IsoDate; rate: Fraction; complete: boolean };

export type Effectiveness = {
  problemId: number;
  faultCodes: string[];
  modelIds: number[];
  windowDays: number;
  actionDate: IsoDate | null;
  before: Window | null;
  after: Window | null;
};

export async function actionDateOf(db: Db, problemId: number): Promise<IsoDate | null> {
  const p = (await db('problems').where({ id: problemId }).first('done_at')) as
    { done_at: string | null } | undefined;
  let at = p?.done_at ?? null;
  if (at === null) {
    const first = (await db('problem_actions')
      .where({ problem_id: problemId })
      .whereNotNull('done_at')
      .min({ at: 'done_at' })
      .first()) as { at: string | null } | undefined;
    at = first?.at ?? null;
  }
  return at === null ? null : localDate(new Date(at), depotTimeZone());
}

async function rateIn(
  db: Db,
  range: { from: IsoDate; to: IsoDate },
  codes: string[],
  modelIds: number[],
): Promise<Fraction> {
  const tz = depotTimeZone();
  const completed = () => {
    const q = db('tickets as t')
      .whereNot('t.status', 'cancelled')
      .where('t.completed_at', '>=', startOfLocalDay(range.from, tz).toISOString())
      .where('t.completed_at', '<=', endOfLocalDay(range.to, tz).toISOString());
    if (modelIds.length > 0) {
      void q.join('units as u', 'u.id', 't.unit_id').whereIn('u.model_id', modelIds);
    }
    return q;
  };
  const codeIds = db('fault_codes').whereIn('code', codes).select('id');
  const withCode = completed().whereExists(
    db('ticket_faults as f')
      .whereRaw('f.ticket_id = t.id')
      .whereNull('f.removed_at')
      .where((w) => {
        void w
          .whereIn('f.symptom_code_id', codeIds)
          .orWhereIn('f.cause_code_id', codeIds)
          .orWhereIn('f.measure_code_id', codeIds);
      })
      .select('f.id'),
  );
  const [all] = (await completed().count({ n: '*' })) as { n: number | string }[];
  const [hit] = (await withCode.count({ n: '*' })) as { n: number | string }[];
  return { count: Number(hit.n), of: Number(all.n) };
}

export async function effectiveness(
  db: Db,
  problemId: number,
  windowDays: number,
  now: Date,
): Promise<Effectiveness> {
  const codes = (
    (await db('problem_fault_codes').where({ problem_id: problemId }).select('code')) as {
      code: string;
    }[]
  ).map((r) => r.code);
  const modelIds = (
    (await db('problem_models').where({ problem_id: problemId }).select('model_id')) as {
      model_id: number;
    }[]
  ).map((r) => r.model_id);
  const actionDate = await actionDateOf(db, problemId);
  const base = { problemId, faultCodes: codes, modelIds, windowDays, actionDate };
  if (actionDate === null || codes.length === 0) return { ...base, before: null, after: null };
  const today = localDate(now, depotTimeZone());
  const window = async (from: IsoDate, to: IsoDate): Promise<Window> => ({
    from,
    to,
    rate: await rateIn(db, { from, to }, codes, modelIds),
    complete: to < today,
  });
  return {
    ...base,
    before: await window(addDays(actionDate, -windowDays), addDays(actionDate, -1)),
    after: await window(addDays(actionDate, 1), addDays(actionDate, windowDays)),
  };
}
