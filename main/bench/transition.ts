import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { refuse } from '../contract/errors';
import type { ReasonKey } from '../contract/reasons';
import { recordOutcome, refreshRerepair } from '../outcomes/outcomes';
import { openFollowUp } from '../aftercare/followUpOpen';
import type { Actor } from '../contract/roles';
import { checklistStatus } from './checklist';
import { findTransition, nextStatuses, type Guard, type TicketStatus } from './lifecycle';
import { stopTimersOf } from './labour';
import { mustBeAssignee, WORK_STATUSES, type BenchTicket } from './ticketAccess';

// Moving a ticket through its lifecycle (issue 5, item 2): the one place a ticket's status
// changes at the bench. Every move is checked against the lifecycle table (allowed at all, by
// this role, by the assignee, through the right channel, with its conditions met), stored in
// the append-only timeline and audited, at the version the caller saw.

type GuardCheck = (trx: Knex | Knex.Transaction, ticket: BenchTicket) => Promise<string | null>;

const words = (s: string) => s.replaceAll('_', ' ');

async function latestQuote(trx: Knex | Knex.Transaction, ticketId: number) {
  return (await trx('quotes').where({ ticket_id: ticketId }).orderBy('id', 'desc').first()) as
    { id: number; status: 'pending' | 'approved' | 'declined' } | undefined;
}

/** The reason each guard refuses with, for the screen (its English text stays in the log). */
const GUARD_REASONS = {
  repairAllowed: 'bench.needsApprovedQuote',
  notCovered: 'bench.coveredNoQuote',
  accepted: 'bench.notAccepted',
  checklistPassed: 'bench.checklistNotPassed',
  quoteDeclined: 'bench.quoteNotDeclined',
} as const satisfies Record<Guard, ReasonKey>;

/** Each guard returns null when met, or the reason it is not (policy clause cited). */
const GUARDS: Record<Guard, GuardCheck> = {
  async repairAllowed(trx, ticket) {
    if (ticket.warrantyStatus === 'covered') return null;
    const quote = await latestQuote(trx, ticket.id);
    if (quote?.status === 'approved') return null;
    return `${ticket.reportNo} is not covered by warranty and the customer has not approved a quote; nothing is repaired beyond diagnosis until they do (policy 3.2)`;
  },
  async notCovered(_trx, ticket) {
    return ticket.warrantyStatus === 'covered'
      ? `${ticket.reportNo} is covered by warranty; the company bears the repair, there is nothing to quote`
      : null;
  },
  async accepted(trx, ticket) {
    const row = (await trx('acceptances').where({ ticket_id: ticket.id }).first('outcome')) as
      { outcome: string } | undefined;
    return row?.outcome === 'accepted'
      ? null
      : `the customer has not accepted the repair of ${ticket.reportNo} (policy 3.4)`;
  },
  // Policy 3.3: no "ready for pickup" until the unit passed every test.
  async checklistPassed(trx, ticket) {
    const status = await checklistStatus(trx, ticket.id);
    if (status.passed) return null;
    const why = [
      status.failing.length > 0 ? `failed: ${status.failing.join(', ')}` : null,
      status.missing.length > 0 ? `not tested: ${status.missing.join(', ')}` : null,
    ].filter(Boolean);
    return `the test checklist has not passed (${why.join('; ')}; policy 3.3)`;
  },
  async quoteDeclined(trx, ticket) {
    const quote = await latestQuote(trx, ticket.id);
    return quote?.status === 'declined' ? null : `the customer has not declined the quote`;
  },
};

export type Move = {
  ticket: BenchTicket;
  to: TicketStatus;
  /** The version the caller saw: a later save never silently overwrites an earlier one. */
  version: number;
  actor: Actor;
  at: Date;
  note?: string | null;
  /** The channel making the move (a move tied to its data is refused elsewhere). */
  channel: string;
  /** Extra columns changed with the status (assignment, completion). */
  set?: Record<string, unknown>;
};

/**
 * The guards of a move that the ticket does not meet now, by the very checks the move is refused
 * by: what the bench screen shows as the reason a button waits (issue 11, item 1).
 */
export async function unmetGuards(
  db: Knex | Knex.Transaction,
  ticket: BenchTicket,
  guards: readonly Guard[],
): Promise<Guard[]> {
  const unmet: Guard[] = [];
  for (const guard of guards) if ((await GUARDS[guard](db, ticket)) !== null) unmet.push(guard);
  return unmet;
}

/** Checks and makes one move; returns the new version. */
export async function moveTicket(trx: Knex.Transaction, audit: Audit, m: Move): Promise<number> {
  const { ticket, to, actor } = m;
  if (ticket.version !== m.version) {
    throw refuse('CONFLICT', 'core.changedElsewhere', {
      params: { record: ticket.reportNo },
      message: `${ticket.reportNo} was changed by someone else meanwhile; reload it and try again.`,
      details: { expected: m.version, actual: ticket.version },
    });
  }
  const t = findTransition(ticket.status, to);
  if (!t) {
    const next = nextStatuses(ticket.status);
    throw refuse('RULE', 'bench.cannotGo', {
      params: { reportNo: ticket.reportNo, status: ticket.status, to },
      message:
        `${ticket.reportNo} is ${words(ticket.status)}; it cannot go to ${words(to)}` +
        (next.length > 0 ? ` (next: ${next.map(words).join(', ')}).` : ' (it is finished).'),
      details: { from: ticket.status, to, allowed: next },
    });
  }
  if (!actor.roles.some((r) => t.roles.includes(r))) {
    throw refuse('FORBIDDEN', 'access.roleMayNot', {
      message: `${actor.displayName} may not move a ticket from ${words(t.from)} to ${words(to)} (allowed: ${t.roles.join(', ')}).`,
      details: { allowed: t.roles },
    });
  }
  // A technician acts on their own tickets only, also at the desk (a colleague's customer
  // answering a quote is recorded by the desk, that technician or a supervisor).
  const technicianOnly =
    actor.roles.includes('technician') &&
    !actor.roles.some((r) => r === 'supervisor' || r === 'intake_clerk' || r === 'admin');
  if (t.assigneeOnly || technicianOnly) mustBeAssignee(ticket, actor);
  if (t.channel && t.channel !== m.channel) {
    throw refuse('RULE', 'bench.recordedElsewhere', {
      params: { from: t.from, to },
      message: `Going from ${words(t.from)} to ${words(to)} is recorded with ${t.channel}.`,
      details: { channel: t.channel },
    });
  }
  for (const guard of t.guards ?? []) {
    const unmet = await GUARDS[guard](trx, ticket);
    if (unmet !== null) {
      throw refuse('RULE', GUARD_REASONS[guard], {
        params: { reportNo: ticket.reportNo },
        message: `${ticket.reportNo} cannot go to ${words(to)}: ${unmet}.`,
        details: { guard },
      });
    }
  }
  const at = m.at.toISOString();
  const set: Record<string, unknown> = { ...m.set };
  // A technician taking the unit up is the response and, at the bench, being on site with it
  // (policy 2's emergency promise); a cancellation is neither.
  if (ticket.status === 'received' && to !== 'cancelled') {
    set.responded_at = trx.raw('coalesce(responded_at, ?)', [at]);
    set.onsite_at = trx.raw('coalesce(onsite_at, ?)', [at]);
  }
  // Handing the unit back completes the ticket and starts the re-repair window.
  if (to === 'delivered' || to === 'closed')
    set.completed_at = trx.raw('coalesce(completed_at, ?)', [at]);
  const changed = await trx('tickets')
    .where({ id: ticket.id, version: ticket.version })
    .update({ ...set, status: to, updated_at: at, version: ticket.version + 1 });
  if (changed !== 1) {
    throw refuse('CONFLICT', 'core.changedMeanwhile', {
      params: { record: ticket.reportNo },
      message: `${ticket.reportNo} was changed meanwhile; try again.`,
    });
  }
  // Leaving the bench stops the clock: no labour is billed after the work ends.
  const timers = WORK_STATUSES.includes(to) ? [] : await stopTimersOf(trx, ticket.id, m.at);
  await trx('ticket_transitions').insert({
    ticket_id: ticket.id,
    from_status: ticket.status,
    to_status: to,
    note: m.note ?? null,
    created_by: actor.id,
    created_at: at,
  });
  await audit({
    entity: 'ticket',
    entityId: ticket.id,
    action: 'transition',
    before: { status: ticket.status, version: ticket.version },
    after: {
      status: to,
      note: m.note ?? null,
      channel: m.channel,
      ...(m.set ?? {}),
      ...(timers.length > 0 ? { timersStopped: timers } : {}),
    },
  });
  // Policy 3.6: every unit handed back is followed up; queued with the delivery itself.
  if (to === 'delivered')
    await openFollowUp(trx, audit, { ticketId: ticket.id, deliveredAt: m.at });
  // What the ticket came to, kept for the reports (main/outcomes/), in the hand-over itself.
  if (to === 'delivered' || to === 'closed') await recordOutcome(trx, ticket.id);
  // A cancelled re-repair no longer counts against the repair it repeats (policy 4).
  if (to === 'cancelled') {
    const r = (await trx('tickets').where({ id: ticket.id }).first('repeat_of_ticket_id')) as
      { repeat_of_ticket_id: number | null } | undefined;
    if (r?.repeat_of_ticket_id) await refreshRerepair(trx, r.repeat_of_ticket_id);
  }
  ticket.status = to;
  ticket.version += 1;
  return ticket.version;
}
