import type { Knex } from 'knex';
import { z } from 'zod';
import { isoDateSchema, requiredLine } from '../intake/fields';
import { insertedId } from '../intake/rows';

// Training records (policy 4: product knowledge, repair skills, service rules, safety). Length
// is kept in whole minutes, like labour, so sums are exact; the result says whether the course
// was passed, failed, or only attended (a course without an examination). Every result counts as
// participation.

export const TRAINING_KINDS = [
  'product_knowledge',
  'repair_skills',
  'service_rules',
  'safety',
] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_RESULTS = ['passed', 'failed', 'attended'] as const;
export type TrainingResult = (typeof TRAINING_RESULTS)[number];

/** One record is at most 80 hours: a two-week course; longer training is recorded per part. */
export const MAX_TRAINING_MINUTES = 4800;

export const trainingInputSchema = z
  .object({
    staffId: z.number().int().positive(),
    course: requiredLine('Course', 200),
    kind: z.enum(TRAINING_KINDS),
    date: isoDateSchema,
    minutes: z
      .number('Minutes must be a number')
      .int('Training is recorded in whole minutes')
      .min(1, 'Training is at least 1 minute')
      .max(MAX_TRAINING_MINUTES, `At most ${MAX_TRAINING_MINUTES} minutes (80 hours) per record`),
    trainer: requiredLine('Trainer', 120),
    result: z.enum(TRAINING_RESULTS),
  })
  .strict();
export type TrainingInput = z.output<typeof trainingInputSchema>;

export type TrainingRecord = {
  id: number;
  staff: { id: number; name: string };
  course: string;
  kind: TrainingKind;
  date: string;
  minutes: number;
  trainer: string;
  result: TrainingResult;
  recordedBy: number;
  recordedAt: string;
};

type Db = Knex | Knex.Transaction;

type Row = {
  id: number;
  staff_id: number;
  display_name: string;
  course: string;
  kind: TrainingKind;
  held_on: string;
  minutes: number;
  trainer: string;
  result: TrainingResult;
  created_by: number;
  created_at: string;
};

const toRecord = (r: Row): TrainingRecord => ({
  id: r.id,
  staff: { id: r.staff_id, name: r.display_name },
  course: r.course,
  kind: r.kind,
  date: r.held_on,
  minutes: r.minutes,
  trainer: r.trainer,
  result: r.result,
  recordedBy: r.created_by,
  recordedAt: r.created_at,
});

export type TrainingFilter = { staffId?: number; from?: string; to?: string };

function filtered(db: Db, f: TrainingFilter): Knex.QueryBuilder {
  const q = db('training_records as r');
  if (f.staffId !== undefined) q.where('r.staff_id', f.staffId);
  if (f.from !== undefined) q.where('r.held_on', '>=', f.from);
  if (f.to !== undefined) q.where('r.held_on', '<=', f.to);
  return q;
}

export async function insertTraining(
  trx: Knex.Transaction,
  input: TrainingInput,
  by: number,
  at: string,
): Promise<number> {
  const [row] = await trx('training_records')
    .insert({
      staff_id: input.staffId,
      course: input.course,
      kind: input.kind,
      held_on: input.date,
      minutes: input.minutes,
      trainer: input.trainer,
      result: input.result,
      created_by: by,
      created_at: at,
    })
    .returning('id');
  return insertedId(row);
}

export async function findTraining(db: Db, id: number): Promise<TrainingRecord | null> {
  const row = (await db('training_records as r')
    .join('staff as s', 's.id', 'r.staff_id')
    .where('r.id', id)
    .first('r.*', 's.display_name')) as Row | undefined;
  return row ? toRecord(row) : null;
}

/** Records, the newest first, at most `limit`. */
export async function listTraining(
  db: Db,
  f: TrainingFilter,
  limit: number,
): Promise<TrainingRecord[]> {
  const rows = (await filtered(db, f)
    .join('staff as s', 's.id', 'r.staff_id')
    .orderBy([
      { column: 'r.held_on', order: 'desc' },
      { column: 'r.id', order: 'desc' },
    ])
    .limit(limit)
    .select('r.*', 's.display_name')) as Row[];
  return rows.map(toRecord);
}

export type TrainingTotals = { minutes: number; courses: number };

/** Minutes and number of courses per staff member in the filter. */
export async function trainingTotals(
  db: Db,
  f: TrainingFilter,
): Promise<Map<number, TrainingTotals>> {
  const rows = (await filtered(db, f)
    .groupBy('r.staff_id')
    .select('r.staff_id')
    .sum({ minutes: 'r.minutes' })
    .count({ courses: 'r.id' })) as {
    staff_id: number;
    minutes: number | string | null;
    courses: number | string;
  }[];
  return new Map(
    rows.map((r) => [r.staff_id, { minutes: Number(r.minutes ?? 0), courses: Number(r.courses) }]),
  );
}
