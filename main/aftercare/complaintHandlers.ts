import { z } from 'zod';
import type { Knex } from 'knex';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import type { Actor } from '../contract/roles';
import { openRerepair } from '../bench/rerepair';
import { idSchema, isoDateSchema, limitSchema, optionalLine, paragraph } from '../intake/fields';
import { depotTimeZone, localDate } from '../intake/zonedTime';
import { findStaff } from '../staff/staffRepo';
import { COMPLAINT_OVERSIGHT, COMPLAINT_RECORD, COMPLAINT_ROUTE } from './access';
import {
  findComplaint,
  timelineOf,
  unresolvedComplaints,
  type ComplaintEvent,
  type ComplaintRow,
} from './complaintRepo';
import {
  actionsFor,
  mustBeAllowed,
  recordComplaint,
  stepComplaint,
  type ComplaintActions,
} from './complaints';

// Complaints (issue 10, item 2; policy 3.6): recorded from a follow-up or directly on a
// ticket, routed to a responsible person with a deadline, worked, resolved (perhaps with a
// re-repair) and closed, each step on the complaint's timeline.

type Db = Knex | Knex.Transaction;

export type ComplaintDetail = ComplaintRow & {
  timeline: ComplaintEvent[];
  actions: ComplaintActions;
};

const OVERSIGHT: readonly string[] = COMPLAINT_OVERSIGHT;

async function mustFindComplaint(db: Db, id: number, now: string): Promise<ComplaintRow> {
  const c = await findComplaint(db, id, now);
  if (!c) {
    throw refuse('NOT_FOUND', 'aftercare.complaintNotFound', {
      params: { id },
      field: 'complaintId',
      message: `No complaint #${id}.`,
    });
  }
  return c;
}

/** The responsible person reads their own; the desk, supervisors, finance and admins read all. */
async function detail(db: Db, id: number, actor: Actor, now: string): Promise<ComplaintDetail> {
  const c = await mustFindComplaint(db, id, now);
  if (c.responsible?.id !== actor.id && !actor.roles.some((r) => OVERSIGHT.includes(r))) {
    throw refuse('FORBIDDEN', 'aftercare.complaintNotYours', {
      params: { id },
      message: `Complaint #${id} is not in your hands.`,
    });
  }
  return { ...c, timeline: await timelineOf(db, id), actions: actionsFor(c, actor) };
}

const versionSchema = z.number().int().positive();
const CURSOR = /^\d{1,15}$/;
const cursorSchema = z
  .string()
  .regex(CURSOR, 'Pass back nextCursor as given')
  .transform(Number)
  .optional();

export const complaintHandlers = {
  'complaints/record': defineHandler({
    summary:
      'Records a complaint on a ticket, from a follow-up call (followUpId) or directly; it starts open, waiting to be routed (policy 3.6).',
    access: COMPLAINT_RECORD,
    input: z
      .object({
        ticketId: idSchema,
        followUpId: idSchema.optional(),
        description: paragraph('Complaint', 2000).pipe(z.string().min(1, 'Complaint is required')),
      })
      .strict(),
    run: async (ctx, input): Promise<ComplaintDetail> => {
      const id = await ctx.write((trx, audit) =>
        recordComplaint(trx, audit, {
          ticketId: input.ticketId,
          followUpId: input.followUpId ?? null,
          description: input.description,
          actorId: ctx.actor.id,
          at: ctx.now().toISOString(),
        }),
      );
      return detail(ctx.db, id, ctx.actor, ctx.now().toISOString());
    },
  }),

  'complaints/route': defineHandler({
    summary:
      'A supervisor or admin gives a complaint to a responsible staff member with a deadline (a local date, not in the past); re-routing is allowed until it is resolved.',
    access: COMPLAINT_ROUTE,
    input: z
      .object({
        complaintId: idSchema,
        version: versionSchema,
        responsibleId: idSchema,
        dueDate: isoDateSchema,
        note: optionalLine('Note', 500),
      })
      .strict(),
    run: async (ctx, input): Promise<ComplaintDetail> => {
      const now = ctx.now();
      await ctx.write(async (trx, audit) => {
        const complaint = await mustFindComplaint(trx, input.complaintId, now.toISOString());
        const staff = await findStaff(trx, input.responsibleId);
        if (!staff || !staff.active) {
          throw refuse('NOT_FOUND', 'aftercare.responsibleNotActive', {
            params: { id: input.responsibleId },
            field: 'responsibleId',
            message: `responsibleId: No active staff #${input.responsibleId}`,
          });
        }
        if (input.dueDate < localDate(now, depotTimeZone())) {
          throw refuse('RULE', 'aftercare.deadlinePast', {
            field: 'dueDate',
            message: 'dueDate: The deadline is already past',
          });
        }
        await stepComplaint(trx, audit, {
          complaint,
          action: 'route',
          version: input.version,
          actor: ctx.actor,
          at: now.toISOString(),
          note: input.note,
          set: { responsible_id: staff.id, due_date: input.dueDate },
          responsibleId: staff.id,
          dueDate: input.dueDate,
        });
      });
      return detail(ctx.db, input.complaintId, ctx.actor, ctx.now().toISOString());
    },
  }),

  'complaints/start': defineHandler({
    summary: 'The responsible person (or a supervisor) starts working a routed complaint.',
    access: 'signedIn',
    input: z
      .object({ complaintId: idSchema, version: versionSchema, note: optionalLine('Note', 500) })
      .strict(),
    run: async (ctx, input): Promise<ComplaintDetail> => {
      await ctx.write(async (trx, audit) => {
        const at = ctx.now().toISOString();
        const complaint = await mustFindComplaint(trx, input.complaintId, at);
        await stepComplaint(trx, audit, {
          complaint,
          action: 'start',
          version: input.version,
          actor: ctx.actor,
          at,
          note: input.note,
        });
      });
      return detail(ctx.db, input.complaintId, ctx.actor, ctx.now().toISOString());
    },
  }),

  'complaints/resolve': defineHandler({
    summary:
      'The responsible person (or a supervisor) resolves a complaint in progress, saying what was done; rerepair opens a re-repair ticket linked to the original (policy 3.4, 3.6).',
    access: 'signedIn',
    input: z
      .object({
        complaintId: idSchema,
        version: versionSchema,
        resolution: paragraph('Resolution', 2000).pipe(z.string().min(1, 'Resolution is required')),
        rerepair: z.boolean().default(false),
      })
      .strict(),
    run: async (ctx, input): Promise<ComplaintDetail> => {
      await ctx.write(async (trx, audit) => {
        const now = ctx.now();
        const at = now.toISOString();
        const complaint = await mustFindComplaint(trx, input.complaintId, at);
        const set: Record<string, unknown> = { resolution: input.resolution };
        // The step is checked first, so a refused resolve opens no ticket.
        mustBeAllowed(complaint, ctx.actor, 'resolve');
        if (input.rerepair) {
          const t = (await trx('tickets').where({ id: complaint.ticketId }).first('status')) as {
            status: string;
          };
          if (t.status !== 'delivered' && t.status !== 'closed') {
            throw refuse('RULE', 'aftercare.rerepairStillAtDepot', {
              params: { reportNo: complaint.reportNo, status: t.status },
              field: 'rerepair',
              message: `rerepair: ${complaint.reportNo} is still at the depot (${t.status.replaceAll('_', ' ')}); a re-repair is for a unit already handed back`,
            });
          }
          const rerepair = await openRerepair(trx, audit, {
            originalId: complaint.ticketId,
            reason: `Complaint #${complaint.id}: ${input.resolution}`,
            actorId: ctx.actor.id,
            at: now,
            timeZone: depotTimeZone(),
            settings: ctx.services.settings.current(),
          });
          set.rerepair_ticket_id = rerepair.id;
        }
        await stepComplaint(trx, audit, {
          complaint,
          action: 'resolve',
          version: input.version,
          actor: ctx.actor,
          at,
          note: input.resolution,
          set,
        });
      });
      return detail(ctx.db, input.complaintId, ctx.actor, ctx.now().toISOString());
    },
  }),

  'complaints/close': defineHandler({
    summary:
      'The responsible person (or a supervisor) closes a resolved complaint; an unresolved one is refused and nothing changes (policy 3.6).',
    access: 'signedIn',
    input: z
      .object({ complaintId: idSchema, version: versionSchema, note: optionalLine('Note', 500) })
      .strict(),
    run: async (ctx, input): Promise<ComplaintDetail> => {
      await ctx.write(async (trx, audit) => {
        const at = ctx.now().toISOString();
        const complaint = await mustFindComplaint(trx, input.complaintId, at);
        await stepComplaint(trx, audit, {
          complaint,
          action: 'close',
          version: input.version,
          actor: ctx.actor,
          at,
          note: input.note,
        });
      });
      return detail(ctx.db, input.complaintId, ctx.actor, ctx.now().toISOString());
    },
  }),

  'complaints/get': defineHandler({
    summary:
      'One complaint with its timeline and the steps open to me; for its responsible person, the desk, supervisors, finance and admins.',
    access: 'signedIn',
    input: z.object({ complaintId: idSchema }).strict(),
    run: async (ctx, input): Promise<ComplaintDetail> =>
      detail(ctx.db, input.complaintId, ctx.actor, ctx.now().toISOString()),
  }),

  'complaints/mine': defineHandler({
    summary:
      'The unresolved complaints in my hands (open or in progress), oldest first, with the overdue flag; keyset-paged.',
    access: 'signedIn',
    input: z.object({ cursor: cursorSchema, limit: limitSchema }).strict(),
    run: async (ctx, input) =>
      unresolvedComplaints(ctx.db, {
        responsibleId: ctx.actor.id,
        afterId: input.cursor,
        limit: input.limit,
        now: ctx.now().toISOString(),
      }),
  }),

  'complaints/open': defineHandler({
    summary:
      "Every unresolved complaint (the manager's list), oldest first, with the responsible person and overdue flag; keyset-paged.",
    access: COMPLAINT_OVERSIGHT,
    input: z.object({ cursor: cursorSchema, limit: limitSchema }).strict(),
    run: async (ctx, input) =>
      unresolvedComplaints(ctx.db, {
        afterId: input.cursor,
        limit: input.limit,
        now: ctx.now().toISOString(),
      }),
  }),
};
