import type { Knex } from 'knex';
import { z } from 'zod';
import { defineHandler, type HandlerContext } from '../contract/handler';
import { refuse } from '../contract/errors';
import type { Role } from '../contract/roles';
import { mustFindBenchTicket } from '../bench/ticketAccess';
import { clearDraft } from '../drafts/draftRepo';
import { moveTicket } from '../bench/transition';
import { INTAKE_READ, INTAKE_WRITE, WARRANTY_OVERRIDE } from './access';
import { idSchema, requiredLine } from './fields';
import { isUniqueViolation } from './rows';
import { createTicket, replayOf } from './ticketCreate';
import { closedRefusal, mustBeAllowed, ticketActions, type TicketActions } from './ticketActions';
import { getTicketDetail, type TicketDetail } from './ticketRepo';
import { createTicketSchema } from './ticketSchemas';
import { decideWarranty, type WarrantyDecision } from './warranty';
import { EXCLUSION_REASONS, type ExclusionReason } from './warrantyReasons';
import { depotTimeZone } from './zonedTime';
import { toStored } from './warrantySnapshot';

type Ctx = HandlerContext<readonly Role[]>;

/** A ticket as its reader sees it: with what they may do to it, by the handlers' own rules. */
export type TicketView = TicketDetail & { actions: TicketActions };

async function mustGet(ctx: Ctx, db: Knex, id: number): Promise<TicketView> {
  const ticket = await getTicketDetail(db, id, ctx.now().toISOString());
  if (!ticket) {
    throw refuse('NOT_FOUND', 'intake.ticketNotFound', {
      params: { id },
      field: 'id',
      message: `No ticket #${id}.`,
    });
  }
  return { ...ticket, actions: ticketActions(ticket, ctx.actor) };
}

/** Loads an open ticket for a change, refusing a stale version (someone else changed it). */
async function openForChange(ctx: Ctx, trx: Knex.Transaction, id: number, version: number) {
  const ticket = await mustGet(ctx, trx, id);
  if (ticket.version !== version) {
    throw refuse('CONFLICT', 'core.changedElsewhere', {
      params: { record: ticket.reportNo },
      message: `${ticket.reportNo} was changed by someone else; reload and try again.`,
      details: { expected: version, actual: ticket.version },
    });
  }
  const closed = closedRefusal(ticket);
  if (closed)
    throw refuse(closed.code, closed.reason, { params: closed.params, message: closed.message });
  return ticket;
}

const changeInput = z
  .object({
    id: idSchema,
    version: z.number().int().positive(),
    reason: requiredLine('Reason', 500),
  })
  .strict();

export const ticketHandlers = {
  'tickets/create': defineHandler({
    summary:
      'Registers a returned unit: customer, unit and ticket with report number, warranty decision and SLA dues, in one transaction. Idempotent per clientRequestId.',
    access: INTAKE_WRITE,
    input: createTicketSchema,
    run: async (ctx, input): Promise<TicketView & { replayed: boolean }> => {
      const deps = {
        actor: ctx.actor,
        now: ctx.now(),
        settings: ctx.services.settings.current(),
        timeZone: depotTimeZone(),
      };
      const write = () =>
        ctx.write(async (trx, audit) => {
          // Issue 11, item 4: the registered intake is no longer a draft (rolled back with a
          // refused one, so a refusal keeps the clerk's draft).
          await clearDraft(trx, ctx.actor.id, 'intake');
          // A double click or a scanner's second Enter sends the same clientRequestId: the
          // check runs inside the transaction, so the second submit sees the first's ticket.
          const earlier = await replayOf(trx, input);
          if (earlier !== null) return { id: earlier, replayed: true };
          return { id: await createTicket(trx, audit, input, deps), replayed: false };
        });
      let result: { id: number; replayed: boolean };
      try {
        result = await write();
      } catch (error) {
        // Concurrent writers (PostgreSQL): the unique key lets one through; the other replays.
        if (!isUniqueViolation(error)) throw error;
        result = await write();
      }
      return { ...(await mustGet(ctx, ctx.db, result.id)), replayed: result.replayed };
    },
  }),

  'tickets/get': defineHandler({
    summary: 'One ticket with customer, unit, station, warranty snapshot and SLA state.',
    access: INTAKE_READ,
    input: z.object({ id: idSchema }).strict(),
    run: async (ctx, input): Promise<TicketView> => mustGet(ctx, ctx.db, input.id),
  }),

  'tickets/cancel': defineHandler({
    summary: 'Cancels an open ticket with a reason; it keeps its report number (never reused).',
    access: INTAKE_WRITE,
    input: changeInput,
    run: async (ctx, input): Promise<TicketView> => {
      await ctx.write(async (trx, audit) => {
        const before = await openForChange(ctx, trx, input.id, input.version);
        mustBeAllowed(before, ctx.actor, 'cancel');
        const at = ctx.now();
        // The lifecycle decides from which statuses a ticket may still be cancelled (not once
        // the repair has started) and keeps the move on the ticket's timeline.
        await moveTicket(trx, audit, {
          ticket: await mustFindBenchTicket(trx, input.id),
          to: 'cancelled',
          version: input.version,
          actor: ctx.actor,
          at,
          note: input.reason,
          channel: 'tickets/cancel',
          set: {
            cancelled_at: at.toISOString(),
            cancelled_by: ctx.actor.id,
            cancel_reason: input.reason,
          },
        });
        await audit({
          entity: 'ticket',
          entityId: input.id,
          action: 'cancel',
          before: { status: before.status },
          after: { status: 'cancelled', reason: input.reason, reportNo: before.reportNo },
        });
      });
      return mustGet(ctx, ctx.db, input.id);
    },
  }),

  'tickets/overrideWarranty': defineHandler({
    summary:
      'A supervisor covers a case the rules leave uncovered or unverified, with a reason (policy 2).',
    access: WARRANTY_OVERRIDE,
    input: changeInput,
    run: async (ctx, input): Promise<TicketView> => {
      await ctx.write(async (trx, audit) => {
        const before = await openForChange(ctx, trx, input.id, input.version);
        mustBeAllowed(before, ctx.actor, 'overrideWarranty');
        const old = before.warranty;
        // Re-decided by the same engine from the snapshot's own values, never today's catalogue.
        const exclusions = old.reasons
          .filter(
            (r) => EXCLUSION_REASONS.includes(r.code as ExclusionReason) && r.note !== undefined,
          )
          .map((r) => ({ reason: r.code as ExclusionReason, note: r.note! }));
        const warranty: WarrantyDecision = decideWarranty({
          intakeDate: old.intakeDate,
          invoiceDate: old.invoiceDate,
          policy: old.policy,
          exclusions,
          supervisorOverride: { reason: input.reason, by: ctx.actor.displayName },
        });
        await trx('tickets')
          .where({ id: input.id })
          .update({
            warranty_status: warranty.status,
            warranty_snapshot: toStored(warranty),
            offer: null, // covered now: the paid alternative no longer applies
            updated_at: ctx.now().toISOString(),
            version: before.version + 1,
          });
        await audit({
          entity: 'ticket',
          entityId: input.id,
          action: 'overrideWarranty',
          before: old,
          after: warranty,
        });
      });
      return mustGet(ctx, ctx.db, input.id);
    },
  }),
};
