import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { idSchema, optionalLine } from '../intake/fields';
import { insertedId, isUniqueViolation } from '../intake/rows';
import { elapsedMinutes, MAX_ENTRY_MINUTES, minutesSchema, runningTimer } from './labour';
import { repairLogFor, type RepairLog } from './repairLog';
import { REPAIR_LOG_WRITE } from './repairLogAccess';
import { mustFindBenchTicket, ticketForWork } from './ticketAccess';

// Labour time (issue 5, items 3-4; policy 3.5: labour is part of the repair's cost). A
// technician times their own work on a ticket they work on, or types the minutes in.

const hours = (m: number) => `${Math.floor(m / 60)} h ${m % 60} min`;

export const labourHandlers = {
  'labour/start': defineHandler({
    summary: 'Starts your labour timer on a ticket you work on (one running timer per ticket).',
    access: REPAIR_LOG_WRITE,
    input: z.object({ ticketId: idSchema }).strict(),
    run: async (ctx, input): Promise<RepairLog> => {
      await ctx
        .write(async (trx, audit) => {
          const ticket = await ticketForWork(trx, ctx.actor, input.ticketId);
          const running = await runningTimer(trx, ticket.id, ctx.actor.id);
          if (running) {
            throw refuse('CONFLICT', 'bench.timerRunning', {
              message: `Your timer on ${ticket.reportNo} is already running (since ${running.startedAt}).`,
              details: { entryId: running.id },
            });
          }
          const at = ctx.now().toISOString();
          const [row] = await trx('labour_entries')
            .insert({
              ticket_id: ticket.id,
              staff_id: ctx.actor.id,
              source: 'timer',
              started_at: at,
              created_at: at,
            })
            .returning('id');
          await audit({
            entity: 'ticket',
            entityId: ticket.id,
            action: 'labourStart',
            after: { entryId: insertedId(row), startedAt: at },
          });
        })
        .catch((error: unknown) => {
          // Two windows starting the same timer at once: the database keeps one.
          if (!isUniqueViolation(error)) throw error;
          throw refuse('CONFLICT', 'bench.timerRunning', {
            message: 'Your timer on this ticket is already running.',
          });
        });
      return repairLogFor(ctx, input.ticketId);
    },
  }),

  'labour/stop': defineHandler({
    summary:
      'Stops your running timer on a ticket: elapsed minutes rounded up (at least 1), or fewer `minutes` if you did not work all of it. Over 12 hours needs `minutes`.',
    access: REPAIR_LOG_WRITE,
    input: z.object({ ticketId: idSchema, minutes: minutesSchema.optional() }).strict(),
    run: async (ctx, input): Promise<RepairLog> => {
      await ctx.write(async (trx, audit) => {
        // Your own timer may be stopped whatever became of the ticket meanwhile (reassigned,
        // moved on): stopping only closes what you started.
        const ticket = await mustFindBenchTicket(trx, input.ticketId);
        const running = await runningTimer(trx, ticket.id, ctx.actor.id);
        if (!running?.startedAt) {
          throw refuse('CONFLICT', 'bench.noTimer', {
            params: { reportNo: ticket.reportNo },
            message: `You have no timer running on ${ticket.reportNo}.`,
          });
        }
        const now = ctx.now();
        const elapsed = elapsedMinutes(running.startedAt, now);
        if (input.minutes !== undefined && input.minutes > elapsed) {
          throw refuse('RULE', 'bench.minutesOverElapsed', {
            params: { elapsed },
            field: 'minutes',
            message: `minutes: The timer ran ${elapsed} minutes; record at most that, and add other work with its own entry`,
            details: { elapsed },
          });
        }
        // A timer left running overnight is not 12 hours of work on the customer's bill.
        if (input.minutes === undefined && elapsed > MAX_ENTRY_MINUTES) {
          throw refuse('RULE', 'bench.timerLeftRunning', {
            params: { elapsed },
            field: 'minutes',
            message: `minutes: The timer ran ${hours(elapsed)}, more than 12 hours; it was probably left running. Stop it with the minutes actually worked`,
            details: { elapsed },
          });
        }
        const minutes = input.minutes ?? elapsed;
        const changed = await trx('labour_entries')
          .where({ id: running.id })
          .whereNull('stopped_at')
          .update({ stopped_at: now.toISOString(), minutes });
        if (changed !== 1) {
          throw refuse('CONFLICT', 'bench.timerStopped', {
            params: { reportNo: ticket.reportNo },
            message: `Your timer on ${ticket.reportNo} was already stopped.`,
          });
        }
        await audit({
          entity: 'ticket',
          entityId: ticket.id,
          action: 'labourStop',
          after: { entryId: running.id, minutes, elapsed },
        });
      });
      return repairLogFor(ctx, input.ticketId);
    },
  }),

  'labour/add': defineHandler({
    summary:
      'Records labour minutes by hand on a ticket you work on: whole minutes, 1 to 720 per entry, with an optional note.',
    access: REPAIR_LOG_WRITE,
    input: z
      .object({ ticketId: idSchema, minutes: minutesSchema, note: optionalLine('Note', 200) })
      .strict(),
    run: async (ctx, input): Promise<RepairLog> => {
      await ctx.write(async (trx, audit) => {
        const ticket = await ticketForWork(trx, ctx.actor, input.ticketId);
        const [row] = await trx('labour_entries')
          .insert({
            ticket_id: ticket.id,
            staff_id: ctx.actor.id,
            source: 'manual',
            minutes: input.minutes,
            note: input.note,
            created_at: ctx.now().toISOString(),
          })
          .returning('id');
        await audit({
          entity: 'ticket',
          entityId: ticket.id,
          action: 'labourAdd',
          after: { entryId: insertedId(row), minutes: input.minutes, note: input.note },
        });
      });
      return repairLogFor(ctx, input.ticketId);
    },
  }),
};
