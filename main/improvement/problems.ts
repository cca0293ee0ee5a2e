import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { refuse } from '../contract/errors';
import { offerOf, throwRefusal, type Offer, type Refusal } from '../contract/offer';
import type { Actor } from '../contract/roles';
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

const ACTIVE: readonly ProblemStatus[] = ['open', 'in_progress'];
const words = (s: string) => s.replaceAll('_', ' ');
const isManager = (actor: Actor) => actor.roles.some((r) => r === 'supervisor' || r === 'admin');

/** The refusals of a step the problem's status does not allow: the problem's number is the text's. */
type StatusReason =
  | 'noLongerChanged'
  | 'actionsWhileOpen'
  | 'startOnlyOpen'
  | 'doneOnlyOpen'
  | 'reopenOnlyDone'
  | 'cancelOnlyOpen'
  | 'reviewOnlyDone';

/** Null when `actor` may take `step` on `p` now, else why not (the handler and the view share it). */
export function problemRefusal(p: ProblemRow, actor: Actor, step: ProblemStep): Refusal | null {
  if (!isManager(actor)) {
    return {
      code: 'FORBIDDEN',
      reason: 'improvement.managersOnly',
      params: {},
      message: 'A supervisor or admin manages corrective actions.',
    };
  }
  const is = (reason: StatusReason, s: string): Refusal => ({
    code: 'RULE',
    reason: `improvement.${reason}`,
    params: { number: p.number },
    message: `Problem ${p.number} is ${words(p.status)}; ${s}`,
  });
  switch (step) {
    case 'edit':
      return p.status === 'reviewed' || p.status === 'cancelled'
        ? is('noLongerChanged', 'it is no longer changed.')
        : null;
    case 'addAction':
      return ACTIVE.includes(p.status)
        ? null
        : is('actionsWhileOpen', 'action items are added while it is open.');
    case 'start':
      return p.status === 'open' ? null : is('startOnlyOpen', 'only an open problem is started.');
    case 'markDone':
      if (!ACTIVE.includes(p.status)) {
        return is('doneOnlyOpen', 'only an open problem is marked done.');
      }
      if (p.openActions > 0) {
        return {
          code: 'RULE',
          reason: 'improvement.openActionsLeft',
          params: { number: p.number, open: p.openActions },
          message: `Problem ${p.number} still has ${p.openActions} open action item(s); it is done only when every action is done (policy 6).`,
        };
      }
      return null;
    case 'reopen':
      return p.status === 'done' ? null : is('reopenOnlyDone', 'only a done problem is re-opened.');
    case 'cancel':
      return ACTIVE.includes(p.status)
        ? null
        : is('cancelOnlyOpen', 'only an open problem is cancelled.');
    case 'review':
      return p.status === 'done'
        ? null
        : is('reviewOnlyDone', 'its effect is reviewed only once it is done (policy 6).');
  }
}

export function mustBeAllowed(p: ProblemRow, actor: Actor, step: ProblemStep): void {
  throwRefusal(problemRefusal(p, actor, step), { step, status: p.status });
}

/** The steps a problem's view offers `actor`: each by the refusal its handler throws. */
export type ProblemActions = Record<ProblemStep, Offer>;

const STEPS: readonly ProblemStep[] = [
  'edit',
  'addAction',
  'start',
  'markDone',
  'reopen',
  'cancel',
  'review',
];

export function actionsFor(p: ProblemRow, actor: Actor): ProblemActions {
  return Object.fromEntries(
    STEPS.map((s) => [s, offerOf(problemRefusal(p, actor, s))]),
  ) as ProblemActions;
}

/** The responsible person completes their own action item; a supervisor or admin any. */
export function completeRefusal(a: ActionItem, p: ProblemRow, actor: Actor): Refusal | null {
  if (a.responsible.id !== actor.id && !isManager(actor)) {
    return {
      code: 'FORBIDDEN',
      reason: 'improvement.actionNotYours',
      params: { id: a.id, responsible: a.responsible.displayName },
      message: `Action item #${a.id} is in the hands of ${a.responsible.displayName}; only they or a supervisor complete it.`,
    };
  }
  if (a.doneAt !== null) {
    return {
      code: 'RULE',
      reason: 'improvement.actionAlreadyDone',
      params: { id: a.id },
      message: `Action item #${a.id} is already done.`,
    };
  }
  if (!ACTIVE.includes(p.status)) {
    return {
      code: 'RULE',
      reason: 'improvement.actionsClosed',
      params: { number: p.number },
      message: `Problem ${p.number} is ${words(p.status)}.`,
    };
  }
  return null;
}

/** An action item as a problem's view sends it: whether `actor` may complete it, and if not why. */
export type OfferedActionItem = ActionItem & { canComplete: Offer };

export function actionItemsFor(
  items: readonly ActionItem[],
  p: ProblemRow,
  actor: Actor,
): OfferedActionItem[] {
  return items.map((a) => ({ ...a, canComplete: offerOf(completeRefusal(a, p, actor)) }));
}

type Db = Knex | Knex.Transaction;

async function mustExist(db: Db, table: string, ids: number[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = (await db(table).whereIn('id', ids).select('id')) as { id: number }[];
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length > 0) {
    const list = missing.join(', #');
    throw refuse('NOT_FOUND', 'improvement.recordNotFound', {
      params: { ids: list },
      field,
      message: `${field}: No record #${list}`,
    });
  }
}

export async function mustBeActiveStaff(db: Db, id: number, field: string): Promise<void> {
  const s = (await db('staff').where({ id }).first('active')) as
    { active: number | boolean } | undefined;
  if (!s || !s.active) {
    throw refuse('NOT_FOUND', 'improvement.noActiveStaff', {
      params: { id },
      field,
      message: `${field}: No active staff #${id}`,
    });
  }
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
      throw refuse('NOT_FOUND', 'improvement.faultCodeNotFound', {
        params: { codes: missing.join(', ') },
        field: 'faultCodes',
        message: `faultCodes: No fault code ${missing.join(', ')}`,
      });
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
      throw refuse('CONFLICT', 'improvement.numberTaken', {
        params: { number },
        message: `Problem number ${number} was just taken by another problem opened at the same time; try again.`,
        details: { number },
      });
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
    throw refuse('CONFLICT', 'core.changedElsewhere', {
      params: { record: p.number },
      message: `Problem ${p.number} was changed by someone else meanwhile; reload it and try again.`,
      details: { expected: c.version, actual: p.version },
    });
  }
  const changed = await trx('problems')
    .where({ id: p.id, version: p.version })
    .update({ ...c.set, updated_at: c.at, version: p.version + 1 });
  if (changed !== 1) {
    throw refuse('CONFLICT', 'core.changedMeanwhile', {
      params: { record: p.number },
      message: `Problem ${p.number} changed meanwhile.`,
    });
  }
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
    throw refuse('RULE', 'improvement.deadlinePast', {
      field: 'dueDate',
      message: 'dueDate: The deadline is already past',
    });
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
  if (changed !== 1) {
    throw refuse('CONFLICT', 'improvement.actionChangedMeanwhile', {
      params: { id: a.action.id },
      message: `Action item #${a.action.id} changed meanwhile.`,
    });
  }
  await audit({
    entity: 'problem_action',
    entityId: a.action.id,
    action: 'complete',
    after: { problemId: a.action.problemId, note: a.note, doneAt: a.at },
  });
}
