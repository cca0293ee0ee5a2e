import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { refuse } from '../contract/errors';
import { offerOf, throwRefusal, type Offer, type Refusal } from '../contract/offer';
import type { Actor } from '../contract/roles';
import { insertedId } from '../intake/rows';
import type { ComplaintEvent, ComplaintRow, ComplaintStatus } from './complaintRepo';

// A complaint's life (policy 3.6: complaints are recorded and routed to the responsible
// department until resolved): open → in progress → resolved → closed. A supervisor or admin
// routes it to a named person with a deadline; that person (or a supervisor) works it, resolves
// it saying what was done, and closes it. It is never closed unresolved. Each step is an event
// on its append-only timeline.

export type ComplaintAction = 'route' | 'start' | 'resolve' | 'close';

type Step = {
  from: readonly ComplaintStatus[];
  to: ComplaintStatus | null;
  kind: ComplaintEvent['kind'];
};

const STEPS: Record<ComplaintAction, Step> = {
  // Routing (or re-routing) keeps the status; a resolved complaint is no longer routed.
  route: { from: ['open', 'in_progress'], to: null, kind: 'routed' },
  start: { from: ['open'], to: 'in_progress', kind: 'started' },
  resolve: { from: ['in_progress'], to: 'resolved', kind: 'resolved' },
  close: { from: ['resolved'], to: 'closed', kind: 'closed' },
};

const words = (s: string) => s.replaceAll('_', ' ');
const isSupervisor = (actor: Actor) => actor.roles.includes('supervisor');

/** Null when `actor` may take `action` on `c` now, else why not (the handler and view share it). */
export function complaintRefusal(
  c: ComplaintRow,
  actor: Actor,
  action: ComplaintAction,
): Refusal | null {
  if (action === 'route') {
    if (!actor.roles.some((r) => r === 'supervisor' || r === 'admin')) {
      return {
        code: 'FORBIDDEN',
        reason: 'aftercare.routeBySupervisor',
        params: {},
        message: 'A supervisor or admin routes complaints.',
      };
    }
  } else if (c.responsible?.id !== actor.id && !isSupervisor(actor)) {
    const message = `Complaint #${c.id} is in the hands of ${c.responsible?.displayName ?? 'nobody yet'}; only they or a supervisor move it.`;
    return c.responsible
      ? {
          code: 'FORBIDDEN',
          reason: 'aftercare.inOthersHands',
          params: { id: c.id, name: c.responsible.displayName },
          message,
        }
      : {
          code: 'FORBIDDEN',
          reason: 'aftercare.notRoutedYetSupervisorOnly',
          params: { id: c.id },
          message,
        };
  }
  const step = STEPS[action];
  if (!step.from.includes(c.status)) {
    const params = { id: c.id, state: c.status };
    if (action === 'close') {
      return {
        code: 'RULE',
        reason: 'aftercare.closeOnlyResolved',
        params,
        message: `Complaint #${c.id} is ${words(c.status)}; a complaint is closed only once it is resolved (policy 3.6).`,
      };
    }
    const message = `Complaint #${c.id} is ${words(c.status)}; it cannot be ${action === 'route' ? 'routed' : action === 'start' ? 'started' : 'resolved'} now.`;
    if (action === 'route') {
      return { code: 'RULE', reason: 'aftercare.cannotRoute', params, message };
    }
    if (action === 'start') {
      return { code: 'RULE', reason: 'aftercare.cannotStart', params, message };
    }
    return { code: 'RULE', reason: 'aftercare.cannotResolve', params, message };
  }
  if (action === 'start' && c.responsible === null) {
    return {
      code: 'RULE',
      reason: 'aftercare.startNeedsResponsible',
      params: { id: c.id },
      message: `Complaint #${c.id} has no responsible person yet; a supervisor routes it first.`,
    };
  }
  return null;
}

export function mustBeAllowed(c: ComplaintRow, actor: Actor, action: ComplaintAction): void {
  throwRefusal(complaintRefusal(c, actor, action), { action, status: c.status });
}

/** The steps a complaint's view offers `actor`: each by the refusal its handler throws. */
export type ComplaintActions = Record<ComplaintAction, Offer>;

export function actionsFor(c: ComplaintRow, actor: Actor): ComplaintActions {
  const one = (a: ComplaintAction) => offerOf(complaintRefusal(c, actor, a));
  return { route: one('route'), start: one('start'), resolve: one('resolve'), close: one('close') };
}

export async function recordComplaint(
  trx: Knex.Transaction,
  audit: Audit,
  r: {
    ticketId: number;
    followUpId: number | null;
    description: string;
    actorId: number;
    at: string;
  },
): Promise<number> {
  if (!(await trx('tickets').where({ id: r.ticketId }).first('id'))) {
    throw refuse('NOT_FOUND', 'intake.ticketNotFound', {
      params: { id: r.ticketId },
      field: 'ticketId',
      message: `ticketId: No ticket #${r.ticketId}`,
    });
  }
  if (r.followUpId !== null) {
    const f = (await trx('follow_ups').where({ id: r.followUpId }).first('ticket_id')) as
      { ticket_id: number } | undefined;
    if (!f) {
      throw refuse('NOT_FOUND', 'aftercare.followUpNotFound', {
        params: { id: r.followUpId },
        field: 'followUpId',
        message: `followUpId: No follow-up #${r.followUpId}`,
      });
    }
    if (f.ticket_id !== r.ticketId) {
      throw refuse('RULE', 'aftercare.followUpOtherTicket', {
        params: { id: r.followUpId },
        field: 'followUpId',
        message: `followUpId: Follow-up #${r.followUpId} is about another ticket`,
      });
    }
  }
  const [row] = await trx('complaints')
    .insert({
      ticket_id: r.ticketId,
      follow_up_id: r.followUpId,
      description: r.description,
      status: 'open',
      created_by: r.actorId,
      created_at: r.at,
      updated_at: r.at,
    })
    .returning('id');
  const id = insertedId(row);
  await trx('complaint_events').insert({
    complaint_id: id,
    kind: 'recorded',
    from_status: null,
    to_status: 'open',
    note: r.description,
    created_by: r.actorId,
    created_at: r.at,
  });
  await audit({ entity: 'complaint', entityId: id, action: 'record', after: r });
  return id;
}

/** Makes one step: the row at the version the caller saw, its timeline event and audit row. */
export async function stepComplaint(
  trx: Knex.Transaction,
  audit: Audit,
  s: {
    complaint: ComplaintRow;
    action: ComplaintAction;
    version: number;
    actor: Actor;
    at: string;
    note: string | null;
    set?: Record<string, unknown>;
    responsibleId?: number;
    dueDate?: string;
  },
): Promise<void> {
  const c = s.complaint;
  mustBeAllowed(c, s.actor, s.action);
  if (c.version !== s.version) {
    throw refuse('CONFLICT', 'aftercare.complaintChangedElsewhere', {
      params: { id: c.id },
      message: `Complaint #${c.id} was changed by someone else meanwhile; reload it and try again.`,
      details: { expected: s.version, actual: c.version },
    });
  }
  const step = STEPS[s.action];
  const to = step.to ?? c.status;
  const changed = await trx('complaints')
    .where({ id: c.id, version: c.version })
    .update({ ...s.set, status: to, updated_at: s.at, version: c.version + 1 });
  if (changed !== 1) {
    throw refuse('CONFLICT', 'aftercare.complaintChangedMeanwhile', {
      params: { id: c.id },
      message: `Complaint #${c.id} changed meanwhile.`,
    });
  }
  await trx('complaint_events').insert({
    complaint_id: c.id,
    kind: step.kind,
    from_status: c.status,
    to_status: to,
    responsible_id: s.responsibleId ?? null,
    due_date: s.dueDate ?? null,
    note: s.note,
    created_by: s.actor.id,
    created_at: s.at,
  });
  await audit({
    entity: 'complaint',
    entityId: c.id,
    action: s.action,
    before: { status: c.status, version: c.version },
    after: { status: to, note: s.note, ...s.set },
  });
}
