import { z } from 'zod';
import type { Role } from '../contract/roles';
import { defineHandler } from '../contract/handler';
import { throwRefusal } from '../contract/offer';
import { refuse } from '../contract/errors';
import { idSchema, optionalLine } from '../intake/fields';
import { findStaff, listStaff, type StaffSummary } from '../staff/staffRepo';
import { BENCH_ASSIGN, BENCH_READ, BENCH_WORK } from './access';
import { benchTicketView, type BenchTicketView } from './benchTicket';
import { TICKET_STATUSES } from './lifecycle';
import { benchQueue } from './queue';
import { claimRefusal, mustBeOnBench, mustFindBenchTicket } from './ticketAccess';
import { moveTicket } from './transition';

// The bench's queue and the moves that need no data of their own (issue 5, items 1-2).

const versionSchema = z.number().int().positive();

/** Who a ticket may be given to: those whose roles work tickets at the bench (BENCH_WORK). */
function worksBench(staff: { roles: readonly Role[] }): boolean {
  return staff.roles.some((r) => (BENCH_WORK as readonly Role[]).includes(r));
}

export const benchHandlers = {
  'bench/queue': defineHandler({
    summary:
      "A station's unfinished tickets in working order: emergencies, earliest due, oldest; mine, unclaimed, both, or all.",
    access: BENCH_READ,
    input: z
      .object({
        stationId: idSchema.optional(),
        scope: z
          .enum(['mine', 'unassigned', 'mineOrUnassigned', 'all'])
          .default('mineOrUnassigned'),
        statuses: z.array(z.enum(TICKET_STATUSES)).max(13).optional(),
        cursor: z
          .string()
          .regex(/^\d{1,9}$/, 'Cursor must be the one the previous page returned')
          .optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    run: async (ctx, input) =>
      benchQueue(ctx.db, {
        stationId: input.stationId,
        scope: input.scope,
        statuses: input.statuses,
        actorId: ctx.actor.id,
        offset: Number(input.cursor ?? 0),
        limit: input.limit,
        now: ctx.now().toISOString(),
      }),
  }),

  'bench/ticket': defineHandler({
    summary:
      'A ticket at the bench: intake record, technician, timeline, quote, acceptance, factory shipments and the moves open to me.',
    access: BENCH_READ,
    input: z.object({ ticketId: idSchema }).strict(),
    run: async (ctx, input): Promise<BenchTicketView> =>
      benchTicketView(ctx.db, input.ticketId, ctx.actor, ctx.now().toISOString()),
  }),

  'bench/assignees': defineHandler({
    summary:
      'The active staff a ticket may be assigned to: those who work tickets at the bench (by the rule bench/assign refuses by).',
    access: BENCH_ASSIGN,
    input: z.object({}).strict(),
    run: async (ctx): Promise<StaffSummary[]> => (await listStaff(ctx.db, true)).filter(worksBench),
  }),

  'bench/claim': defineHandler({
    summary:
      'A technician takes an unclaimed ticket; a received one starts diagnosis. A ticket claimed by someone else is refused.',
    access: BENCH_WORK,
    input: z.object({ ticketId: idSchema, version: versionSchema }).strict(),
    run: async (ctx, input): Promise<BenchTicketView> => {
      await ctx.write(async (trx, audit) => {
        const ticket = await mustFindBenchTicket(trx, input.ticketId);
        // A double click, or a ticket already given to me (a re-repair, a supervisor's
        // assignment): mine; a received one still starts diagnosis below.
        const mine = ticket.assignedTo === ctx.actor.id;
        if (mine && ticket.status !== 'received') return;
        if (ticket.assignedTo !== null && !mine) {
          const holder = await findStaff(trx, ticket.assignedTo);
          throwRefusal(claimRefusal(ticket, ctx.actor, holder?.displayName ?? null), {
            assignedTo: ticket.assignedTo,
          });
        }
        const at = ctx.now();
        const set = { assigned_to: ctx.actor.id, assigned_at: at.toISOString() };
        if (ticket.status === 'received') {
          ticket.assignedTo = ctx.actor.id;
          await moveTicket(trx, audit, {
            ticket,
            to: 'diagnosing',
            version: input.version,
            actor: ctx.actor,
            at,
            channel: 'bench/claim',
            set,
          });
          return;
        }
        if (ticket.version !== input.version) {
          throw refuse('CONFLICT', 'core.changedElsewhere', {
            params: { record: ticket.reportNo },
            message: `${ticket.reportNo} was changed meanwhile; reload it.`,
          });
        }
        mustBeOnBench(ticket);
        const changed = await trx('tickets')
          .where({ id: ticket.id, version: ticket.version })
          .whereNull('assigned_to')
          .update({ ...set, version: ticket.version + 1, updated_at: at.toISOString() });
        if (changed !== 1)
          throw refuse('CONFLICT', 'bench.claimedMeanwhile', {
            params: { reportNo: ticket.reportNo },
            message: `${ticket.reportNo} was claimed meanwhile.`,
          });
        await audit({ entity: 'ticket', entityId: ticket.id, action: 'claim', after: set });
      });
      return benchTicketView(ctx.db, input.ticketId, ctx.actor, ctx.now().toISOString());
    },
  }),

  'bench/assign': defineHandler({
    summary:
      'A supervisor gives a ticket to a technician, or releases it (staffId null) back to the queue.',
    access: BENCH_ASSIGN,
    input: z
      .object({
        ticketId: idSchema,
        version: versionSchema,
        staffId: idSchema.nullable(),
        note: optionalLine('Note', 500),
      })
      .strict(),
    run: async (ctx, input): Promise<BenchTicketView> => {
      await ctx.write(async (trx, audit) => {
        const ticket = await mustFindBenchTicket(trx, input.ticketId);
        if (ticket.version !== input.version) {
          throw refuse('CONFLICT', 'core.changedElsewhere', {
            params: { record: ticket.reportNo },
            message: `${ticket.reportNo} was changed meanwhile; reload it.`,
          });
        }
        mustBeOnBench(ticket);
        if (input.staffId !== null) {
          const staff = await findStaff(trx, input.staffId);
          if (!staff || !staff.active)
            throw refuse('NOT_FOUND', 'bench.staffNotFound', {
              params: { id: input.staffId },
              field: 'staffId',
              message: `staffId: No active staff #${input.staffId}`,
            });
          if (!worksBench(staff)) {
            throw refuse('RULE', 'bench.notTechnician', {
              params: { name: staff.displayName },
              field: 'staffId',
              message: `staffId: ${staff.displayName} is not a technician`,
            });
          }
        }
        const at = ctx.now().toISOString();
        const changed = await trx('tickets')
          .where({ id: ticket.id, version: ticket.version })
          .update({
            assigned_to: input.staffId,
            assigned_at: input.staffId === null ? null : at,
            version: ticket.version + 1,
            updated_at: at,
          });
        if (changed !== 1) {
          throw refuse('CONFLICT', 'core.changedElsewhere', {
            params: { record: ticket.reportNo },
            message: `${ticket.reportNo} was changed meanwhile; reload it.`,
          });
        }
        await audit({
          entity: 'ticket',
          entityId: ticket.id,
          action: 'assign',
          before: { assignedTo: ticket.assignedTo },
          after: { assignedTo: input.staffId, note: input.note },
        });
      });
      return benchTicketView(ctx.db, input.ticketId, ctx.actor, ctx.now().toISOString());
    },
  }),

  'bench/transition': defineHandler({
    summary:
      "Moves a ticket along its lifecycle (lifecycle.ts): refused when the move is not allowed, not yours, or its conditions are not met (e.g. a failed checklist before 'ready for pickup').",
    access: BENCH_READ,
    input: z
      .object({
        ticketId: idSchema,
        version: versionSchema,
        to: z.enum(TICKET_STATUSES),
        note: optionalLine('Note', 500),
      })
      .strict(),
    run: async (ctx, input): Promise<BenchTicketView> => {
      await ctx.write(async (trx, audit) => {
        const ticket = await mustFindBenchTicket(trx, input.ticketId);
        await moveTicket(trx, audit, {
          ticket,
          to: input.to,
          version: input.version,
          actor: ctx.actor,
          at: ctx.now(),
          note: input.note,
          channel: 'bench/transition',
        });
      });
      return benchTicketView(ctx.db, input.ticketId, ctx.actor, ctx.now().toISOString());
    },
  }),
};
