import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { DepotError } from '../contract/errors';
import type { Actor } from '../contract/roles';
import { fieldError } from '../intake/fieldError';
import { insertedId, isUniqueViolation } from '../intake/rows';
import { depotTimeZone, localDate } from '../intake/zonedTime';
import type {
  ActionItem,
  ProblemKind,
  ProblemRow,
  ProblemSource,
  ProblemStatus,
} from './problemRepo';

// A problem's life (policy 6: analyse the cause, set corrective actions with a responsible
// person and a deadline, track their effect and adjust): open → in progress → done → reviewed,
// or cancelled with a reason. It is not done while an action item is still open, and it is
// reviewed only once done, by the effectiveness review (`review.ts`); a review that says
// "adjust" sends it back to in progress with a new action item.

export type ProblemStep =
  'edit' | 'addAction' | 'start' | 'markDone' | 'reopen' | 'cancel' | 'review';

export type Refusal = { code: 'FORBIDDEN' | 'RULE'; message: string };

const ACTIVE: readonly ProblemStatus[] = ['open', 'in_progress'];
const words = (s: string) => s.replaceAll('_', ' ');
const isManager = (actor: Actor) => actor.roles.some((r) => r === 'supervisor' || r === 'admin');

/** Null when `actor` may take `step` on `p` now, else why not (the handler and the view share it). */
export function problemRefusal(p: ProblemRow, actor: Actor, step: ProblemStep): Refusal | null {
  if (!isManager(actor)) {
    return { code: 'FORBIDDEN', message: 'A supervisor or admin manages corrective actions.' };
  }
  const is = (s: string) =>
    ({ code: 'RULE', message: `Problem ${p.number} is ${words(p.status)}; ${s}` }) as const;
  switch (step) {
    case 'edit':
      return p.status === 'reviewed' || p.status === 'cancelled'
        ? is('it is no longer changed.')
        : null;
    case 'addAction':
      return ACTIVE.includes(p.status) ? null : is('action items are added while it is open.');
    case 'start':
      return p.status === 'open' ? null : is('only an open problem is started.');
    case 'markDone':
      if (!ACTIVE.includes(p.status)) return is('only an open problem is marked done.');
      if (p.openActions > 0) {
        return {
          code: 'RULE',
          message: `Problem ${p.number} still has ${p.openActions} open action item(s); it is done only when every action is done (policy 6).`,
        };
      }
      return null;
    case 'reopen':
      return p.status === 'done' ? null : is('only a done problem is re-opened.');
    case 'cancel':
      return ACTIVE.includes(p.status) ? null : is('only an open problem is cancelled.');
    case 'review':
      return p.status === 'done'
        ? null
        : is('its effect is reviewed only once it is done (policy 6).');
  }
}

export function mustBeAllowed(p: ProblemRow, actor: Actor, step: ProblemStep): void {
  const r = problemRefusal(p, actor, step);
  if (r) throw new DepotError(r.code, r.message, { step, status: p.status });
}

export type ProblemActions = Record<ProblemStep, { allowed: boolean; reason: string | null }>;

export function actionsFor(p: ProblemRow, actor: Actor): ProblemActions {
  const steps: ProblemStep[] = [
    'edit',
    'addAction',
    'start',
    'markDone',
    'reopen',
    'cancel',
    'review',
  ];
  return Object.fromEntries(
    steps.map((s) => {
      const r = problemRefusal(p, actor, s);
      return [s, { allowed: r === null, reason: r?.message ?? null }];
    }),
  ) as ProblemActions;
}

/** The responsible person completes their own action item; a supervisor or admin any. */
export function completeRefusal(a: ActionItem, p: ProblemRow, actor: Actor): Refusal | null {
  if (a.responsible.id !== actor.id && !isManager(actor)) {
    return {
      code: 'FORBIDDEN',
      message: `Action item #${a.id} is in the hands of ${a.responsible.displayName}; only they or a supervisor complete it.`,
    };
  }
  if (a.doneAt !== null) return { code: 'RULE', message: `Action item #${a.id} is already done.` };
  if (!ACTIVE.includes(p.status)) {
    return { code: 'RULE', message: `Problem ${p.number} is ${words(p.status)}.` };
  }
  return null;
}

type Db = Knex | Knex.Transaction;

async function mustExist(db: Db, table: string, ids: number[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = (await db(table).whereIn('id', ids).select('id')) as { id: number }[];
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length > 0) throw fieldError('NOT_FOUND', field, `No record #${missing.join(', #')}`);
}

export async function mustBeActiveStaff(db: Db, id: number, field: string): Promise<void> {
  const s = (await db('staff').where({ id }).first('active')) as
    { active: number | boolean } | undefined;
  if (!s || !s.active) throw fieldError('NOT_FOUND', field, `No active staff #${id}`);
}

export type OpenProblem = {
  title: string;
  description: string | null;
  source: ProblemSource;
  faultCodes: string[];
  modelIds: number[];
  ticketIds: number[];
  complaintId: number | null;
  kind: ProblemKind;
  ownerId: number;
};

/** Opens a problem with its links; its number counts up within the local year it was opened. */
export async function openProblem(
  trx: Knex.Transaction,
  audit: Audit,
  p: OpenProblem,
  actorId: number,
  at: Date,
): Promise<number> {
  const codes = [...new Set(p.faultCodes)];
  const modelIds = [...new Set(p.modelIds)];
  const ticketIds = [...new Set(p.ticketIds)];
  if (codes.length > 0) {
    const known = (await trx('fault_codes').whereIn('code', codes).distinct('code')) as {
      code: string;
    }[];
    const missing = codes.filter((c) => !known.some((k) => k.code === c));
    if (missing.length > 0) {
      throw fieldError('NOT_FOUND', 'faultCodes', `No fault code ${missing.join(', ')}`);
    }
  }
  await mustExist(trx, 'product_models', modelIds, 'modelIds');
  await mustExist(trx, 'tickets', ticketIds, 'ticketIds');
  if (p.complaintId !== null) await mustExist(trx, 'complaints', [p.complaintId], 'complaintId');
  await mustBeActiveStaff(trx, p.ownerId, 'ownerId');

  const year = localDate(at, depotTimeZone()).slice(0, 4);
  const prefix = `CA-${year}-`;
  // The year's last sequence by value (as text 'CA-2026-9999' sorts after 'CA-2026-10000').
  // The prefix is a fixed 8 characters (CA-YYYY-), so the sequence starts at character 9.
  const last = (await trx('problems')
    .where('number', 'like', `${prefix}%`)
    .first(trx.raw(`MAX(CAST(SUBSTR(number, ${prefix.length + 1}) AS INTEGER)) AS n`))) as
    { n: number | string | null } | undefined;
  const seq = last?.n != null ? Number(last.n) + 1 : 1;
  const number = `${prefix}${String(seq).padStart(4, '0')}`;
  const iso = at.toISOString();
  const [row] = await trx('problems')
    .insert({
      number,
      title: p.title,
      description: p.description,
      source: p.source,
      complaint_id: p.complaintId,
      kind: p.kind,
      owner_id: p.ownerId,
      status: 'open',
      created_by: actorId,
      created_at: iso,
      updated_at: iso,
    })
    .returning('id')
    .catch((error: unknown) => {
      // Two problems opened at once computed the same number: the later one is refused whole.
      if (!isUniqueViolation(error)) throw error;
      throw new DepotError(
        'CONFLICT',
        `Problem number ${number} was just taken by another problem opened at the same time; try again.`,
        { number },
      );
    });
  const id = insertedId(row);
  if (codes.length > 0) {
    await trx('problem_fault_codes').insert(codes.map((code) => ({ problem_id: id, code })));
  }
  if (modelIds.length > 0) {
    await trx('problem_models').insert(modelIds.map((m) => ({ problem_id: id, model_id: m })));
  }
  if (ticketIds.length > 0) {
    await trx('problem_tickets').insert(ticketIds.map((t) => ({ problem_id: id, ticket_id: t })));
  }
  await audit({
    entity: 'problem',
    entityId: id,
    action: 'open',
    after: { number, ...p, faultCodes: codes, modelIds, ticketIds },
  });
  return id;
}

/** Writes a change at the version the caller saw, with its audit row. */
export async function changeProblem(
  trx: Knex.Transaction,
  audit: Audit,
  c: {
    problem: ProblemRow;
    version: number;
    set: Record<string, unknown>;
    action: string;
    at: string;
  },
): Promise<void> {
  const p = c.problem;
  if (p.version !== c.version) {
    throw new DepotError(
      'CONFLICT',
      `Problem ${p.number} was changed by someone else meanwhile; reload it and try again.`,
      { expected: c.version, actual: p.version },
    );
  }
  const changed = await trx('problems')
    .where({ id: p.id, version: p.version })
    .update({ ...c.set, updated_at: c.at, version: p.version + 1 });
  if (changed !== 1) throw new DepotError('CONFLICT', `Problem ${p.number} changed meanwhile.`);
  await audit({
    entity: 'problem',
    entityId: p.id,
    action: c.action,
    before: { status: p.status, version: p.version, rootCause: p.rootCause, kind: p.kind },
    after: c.set,
  });
}

export async function addActionItem(
  trx: Knex.Transaction,
  audit: Audit,
  a: { problemId: number; description: string; responsibleId: number; dueDate: string },
  actorId: number,
  at: Date,
): Promise<number> {
  await mustBeActiveStaff(trx, a.responsibleId, 'responsibleId');
  if (a.dueDate < localDate(at, depotTimeZone())) {
    throw fieldError('RULE', 'dueDate', 'The deadline is already past');
  }
  const [row] = await trx('problem_actions')
    .insert({
      problem_id: a.problemId,
      description: a.description,
      responsible_id: a.responsibleId,
      due_date: a.dueDate,
      created_by: actorId,
      created_at: at.toISOString(),
    })
    .returning('id');
  const id = insertedId(row);
  await audit({ entity: 'problem_action', entityId: id, action: 'add', after: a });
  return id;
}

export async function completeActionItem(
  trx: Knex.Transaction,
  audit: Audit,
  a: { action: ActionItem; note: string | null; actorId: number; at: string },
): Promise<void> {
  const changed = await trx('problem_actions')
    .where({ id: a.action.id })
    .whereNull('done_at')
    .update({ done_at: a.at, done_by: a.actorId, note: a.note });
  if (changed !== 1)
    throw new DepotError('CONFLICT', `Action item #${a.action.id} changed meanwhile.`);
  await audit({
    entity: 'problem_action',
    entityId: a.action.id,
    action: 'complete',
    after: { problemId: a.action.problemId, note: a.note, doneAt: a.at },
  });
}
