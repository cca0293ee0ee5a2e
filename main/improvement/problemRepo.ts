import type { Knex } from 'knex';
import { depotTimeZone, localDate } from '../intake/zonedTime';

// Reading the problem register: one problem with its links, action items and reviews, and the
// keyset-paged list. "Overdue" (an action item not done, past its deadline in the depot's local
// calendar) is computed against the clock on each read.

type Db = Knex | Knex.Transaction;

export const PROBLEM_STATUSES = ['open', 'in_progress', 'done', 'reviewed', 'cancelled'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];
export const PROBLEM_SOURCES = ['trend', 'complaint', 'tickets', 'manual'] as const;
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];
export const PROBLEM_KINDS = ['corrective', 'preventive'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];
export const VERDICTS = ['effective', 'not_effective', 'adjust'] as const;
export type Verdict = (typeof VERDICTS)[number];

type Person = { id: number; displayName: string };

export type ProblemRow = {
  id: number;
  number: string;
  title: string;
  description: string | null;
  source: ProblemSource;
  complaintId: number | null;
  rootCause: string | null;
  kind: ProblemKind;
  owner: Person;
  status: ProblemStatus;
  cancelReason: string | null;
  doneAt: string | null;
  createdAt: string;
  version: number;
  openActions: number;
  overdueActions: number;
  overdue: boolean;
};

export type ActionItem = {
  id: number;
  problemId: number;
  description: string;
  responsible: Person;
  dueDate: string;
  doneAt: string | null;
  note: string | null;
  overdue: boolean;
};

export type ProblemReview = {
  id: number;
  verdict: Verdict;
  note: string;
  actionDate: string | null;
  windowDays: number;
  before: { count: number; of: number } | null;
  after: { count: number; of: number } | null;
  by: Person;
  at: string;
};

export type ProblemLinks = {
  faultCodes: string[];
  models: { id: number; code: string; nameEn: string; nameZh: string }[];
  tickets: { id: number; reportNo: string }[];
};

type Raw = {
  id: number;
  number: string;
  title: string;
  description: string | null;
  source: ProblemSource;
  complaint_id: number | null;
  root_cause: string | null;
  kind: ProblemKind;
  owner_id: number;
  owner_name: string;
  status: ProblemStatus;
  cancel_reason: string | null;
  done_at: string | null;
  created_at: string;
  version: number;
  open_actions: number | string;
  overdue_actions: number | string;
};

export const todayOf = (now: string): string => localDate(new Date(now), depotTimeZone());

function baseQuery(db: Db, today: string) {
  const openActions = db('problem_actions as a')
    .whereRaw('a.problem_id = p.id')
    .whereNull('a.done_at')
    .count('*');
  const overdueActions = db('problem_actions as a')
    .whereRaw('a.problem_id = p.id')
    .whereNull('a.done_at')
    .where('a.due_date', '<', today)
    .count('*');
  return db('problems as p')
    .join('staff as s', 's.id', 'p.owner_id')
    .select(
      'p.id',
      'p.number',
      'p.title',
      'p.description',
      'p.source',
      'p.complaint_id',
      'p.root_cause',
      'p.kind',
      'p.owner_id',
      's.display_name as owner_name',
      'p.status',
      'p.cancel_reason',
      'p.done_at',
      'p.created_at',
      'p.version',
    )
    .select({ open_actions: openActions, overdue_actions: overdueActions });
}

function toRow(r: Raw): ProblemRow {
  const overdueActions = Number(r.overdue_actions);
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    description: r.description,
    source: r.source,
    complaintId: r.complaint_id,
    rootCause: r.root_cause,
    kind: r.kind,
    owner: { id: r.owner_id, displayName: r.owner_name },
    status: r.status,
    cancelReason: r.cancel_reason,
    doneAt: r.done_at,
    createdAt: r.created_at,
    version: r.version,
    openActions: Number(r.open_actions),
    overdueActions,
    overdue: overdueActions > 0,
  };
}

export async function findProblem(db: Db, id: number, now: string): Promise<ProblemRow | null> {
  const r = (await baseQuery(db, todayOf(now)).where('p.id', id).first()) as Raw | undefined;
  return r ? toRow(r) : null;
}

export type ProblemFilter = {
  status?: ProblemStatus;
  overdueOnly?: boolean;
  ownerId?: number;
  beforeId?: number;
  limit: number;
  now: string;
};

/** Newest first, keyset-paged on id. */
export async function listProblems(
  db: Db,
  f: ProblemFilter,
): Promise<{ rows: ProblemRow[]; nextCursor: string | null }> {
  const today = todayOf(f.now);
  const q = baseQuery(db, today);
  if (f.status) void q.where('p.status', f.status);
  if (f.ownerId !== undefined) void q.where('p.owner_id', f.ownerId);
  if (f.beforeId !== undefined) void q.where('p.id', '<', f.beforeId);
  if (f.overdueOnly) {
    void q.whereExists(
      db('problem_actions as o')
        .whereRaw('o.problem_id = p.id')
        .whereNull('o.done_at')
        .where('o.due_date', '<', today)
        .select('o.id'),
    );
  }
  const raw = (await q.orderBy('p.id', 'desc').limit(f.limit + 1)) as Raw[];
  const rows = raw.slice(0, f.limit).map(toRow);
  const last = rows.at(-1);
  return { rows, nextCursor: raw.length > f.limit && last ? String(last.id) : null };
}

type ActionRaw = {
  id: number;
  problem_id: number;
  description: string;
  responsible_id: number;
  display_name: string;
  due_date: string;
  done_at: string | null;
  note: string | null;
};

function actionQuery(db: Db) {
  return db('problem_actions as a')
    .join('staff as s', 's.id', 'a.responsible_id')
    .select(
      'a.id',
      'a.problem_id',
      'a.description',
      'a.responsible_id',
      's.display_name',
      'a.due_date',
      'a.done_at',
      'a.note',
    );
}

function toAction(r: ActionRaw, today: string): ActionItem {
  return {
    id: r.id,
    problemId: r.problem_id,
    description: r.description,
    responsible: { id: r.responsible_id, displayName: r.display_name },
    dueDate: r.due_date,
    doneAt: r.done_at,
    note: r.note,
    overdue: r.done_at === null && today > r.due_date,
  };
}

export async function actionsOf(db: Db, problemId: number, now: string): Promise<ActionItem[]> {
  const rows = (await actionQuery(db)
    .where('a.problem_id', problemId)
    .orderBy('a.id')) as ActionRaw[];
  return rows.map((r) => toAction(r, todayOf(now)));
}

export async function findAction(db: Db, id: number, now: string): Promise<ActionItem | null> {
  const r = (await actionQuery(db).where('a.id', id).first()) as ActionRaw | undefined;
  return r ? toAction(r, todayOf(now)) : null;
}

/** One person's action items not yet done, earliest deadline first. */
export async function openActionsOf(
  db: Db,
  responsibleId: number,
  now: string,
): Promise<(ActionItem & { problemNumber: string; problemTitle: string })[]> {
  const rows = (await actionQuery(db)
    .join('problems as p', 'p.id', 'a.problem_id')
    .select('p.number as problem_number', 'p.title as problem_title')
    .where('a.responsible_id', responsibleId)
    .whereNull('a.done_at')
    .whereIn('p.status', ['open', 'in_progress'])
    .orderBy([{ column: 'a.due_date' }, { column: 'a.id' }])
    .limit(200)) as (ActionRaw & { problem_number: string; problem_title: string })[];
  const today = todayOf(now);
  return rows.map((r) => ({
    ...toAction(r, today),
    problemNumber: r.problem_number,
    problemTitle: r.problem_title,
  }));
}

export async function linksOf(db: Db, problemId: number): Promise<ProblemLinks> {
  const codes = (await db('problem_fault_codes')
    .where({ problem_id: problemId })
    .orderBy('code')
    .select('code')) as { code: string }[];
  const models = (await db('problem_models as pm')
    .join('product_models as m', 'm.id', 'pm.model_id')
    .where('pm.problem_id', problemId)
    .orderBy('m.code')
    .select('m.id', 'm.code', 'm.name_en', 'm.name_zh')) as {
    id: number;
    code: string;
    name_en: string;
    name_zh: string;
  }[];
  const tickets = (await db('problem_tickets as pt')
    .join('tickets as t', 't.id', 'pt.ticket_id')
    .where('pt.problem_id', problemId)
    .orderBy('t.id')
    .select('t.id', 't.report_no')) as { id: number; report_no: string }[];
  return {
    faultCodes: codes.map((c) => c.code),
    models: models.map((m) => ({ id: m.id, code: m.code, nameEn: m.name_en, nameZh: m.name_zh })),
    tickets: tickets.map((t) => ({ id: t.id, reportNo: t.report_no })),
  };
}

export async function reviewsOf(db: Db, problemId: number): Promise<ProblemReview[]> {
  const rows = (await db('problem_reviews as r')
    .join('staff as s', 's.id', 'r.created_by')
    .where('r.problem_id', problemId)
    .orderBy('r.id')
    .select('r.*', 's.display_name')) as {
    id: number;
    verdict: Verdict;
    note: string;
    action_date: string | null;
    window_days: number;
    before_count: number | null;
    before_of: number | null;
    after_count: number | null;
    after_of: number | null;
    created_by: number;
    display_name: string;
    created_at: string;
  }[];
  const pair = (count: number | null, of: number | null) =>
    count === null || of === null ? null : { count, of };
  return rows.map((r) => ({
    id: r.id,
    verdict: r.verdict,
    note: r.note,
    actionDate: r.action_date,
    windowDays: r.window_days,
    before: pair(r.before_count, r.before_of),
    after: pair(r.after_count, r.after_of),
    by: { id: r.created_by, displayName: r.display_name },
    at: r.created_at,
  }));
}
