import { z } from 'zod';
import { combineHandlerMaps } from '../contract/dispatcher';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { idSchema, optionalLine, paragraph } from '../intake/fields';
import { insertedId } from '../intake/rows';
import { checklistHandlers } from './checklistHandlers';
import { faultCodeHandlers } from './faultCodesHandlers';
import { faultCodeSchema, findFaultCode, type FaultCode, type FaultKind } from './faultCodes';
import { labourHandlers } from './labourHandlers';
import { NOTE_KINDS, repairLogFor, type RepairLog } from './repairLog';
import { REPAIR_LOG_READ, REPAIR_LOG_WRITE } from './repairLogAccess';
import { ticketForWork } from './ticketAccess';
import type { Knex } from 'knex';

// The repair log channels (issue 5, item 3; policy 3.3): the technician working a ticket (or a
// supervisor) writes diagnosis notes and coded faults; everyone who handles the ticket reads
// the whole log with its parts and cost. Every write answers with the log as it now stands.

/** An active code of this kind, or an error naming the field. */
async function activeCode(
  trx: Knex.Transaction,
  kind: FaultKind,
  code: string,
): Promise<FaultCode> {
  const found = await findFaultCode(trx, kind, code);
  if (!found) {
    throw refuse('NOT_FOUND', 'bench.codeNotFound', {
      params: { kind, code },
      field: kind,
      message: `${kind}: No ${kind} code ${code}`,
    });
  }
  if (!found.active) {
    throw refuse('RULE', 'bench.codeRetired', {
      params: { kind, code, name: found.nameEn },
      field: kind,
      message: `${kind}: ${kind} code ${code} (${found.nameEn}) is retired; pick another`,
    });
  }
  return found;
}

const repairLogChannels = {
  'repairLog/get': defineHandler({
    summary:
      "A ticket's repair log: notes, coded faults, labour (with your running timer), checklist with results, parts requested/issued/returned/consumed, and the cost with who bears it.",
    access: REPAIR_LOG_READ,
    input: z.object({ ticketId: idSchema }).strict(),
    run: async (ctx, input): Promise<RepairLog> => repairLogFor(ctx, input.ticketId),
  }),

  'repairLog/addNote': defineHandler({
    summary:
      'Adds a diagnosis note or a work note to a ticket you work on (append-only; correct with a new note).',
    access: REPAIR_LOG_WRITE,
    input: z
      .object({
        ticketId: idSchema,
        kind: z.enum(NOTE_KINDS),
        text: paragraph('Note', 4000).pipe(z.string().min(1, 'Note is required')),
      })
      .strict(),
    run: async (ctx, input): Promise<RepairLog> => {
      await ctx.write(async (trx, audit) => {
        const ticket = await ticketForWork(trx, ctx.actor, input.ticketId);
        const [row] = await trx('ticket_notes')
          .insert({
            ticket_id: ticket.id,
            kind: input.kind,
            text: input.text,
            created_by: ctx.actor.id,
            created_at: ctx.now().toISOString(),
          })
          .returning('id');
        await audit({
          entity: 'ticket',
          entityId: ticket.id,
          action: 'addNote',
          after: { noteId: insertedId(row), kind: input.kind, text: input.text },
        });
      });
      return repairLogFor(ctx, input.ticketId);
    },
  }),

  'repairLog/addFault': defineHandler({
    summary:
      'Records a fault found on a ticket you work on as symptom, cause and measure codes (the fault taxonomy), with an optional note.',
    access: REPAIR_LOG_WRITE,
    input: z
      .object({
        ticketId: idSchema,
        symptom: faultCodeSchema,
        cause: faultCodeSchema,
        measure: faultCodeSchema,
        note: optionalLine('Note', 500),
      })
      .strict(),
    run: async (ctx, input): Promise<RepairLog> => {
      await ctx.write(async (trx, audit) => {
        const ticket = await ticketForWork(trx, ctx.actor, input.ticketId);
        const symptom = await activeCode(trx, 'symptom', input.symptom);
        const cause = await activeCode(trx, 'cause', input.cause);
        const measure = await activeCode(trx, 'measure', input.measure);
        const twin = await trx('ticket_faults')
          .where({
            ticket_id: ticket.id,
            symptom_code_id: symptom.id,
            cause_code_id: cause.id,
            measure_code_id: measure.id,
          })
          .whereNull('removed_at')
          .first('id');
        // The same fault twice would be counted twice in the fault statistics (policy 6).
        if (twin) {
          throw refuse('CONFLICT', 'bench.faultTwice', {
            params: {
              reportNo: ticket.reportNo,
              symptom: input.symptom,
              cause: input.cause,
              measure: input.measure,
            },
            message: `${ticket.reportNo} already has the fault ${input.symptom} / ${input.cause} / ${input.measure}.`,
            details: { faultId: (twin as { id: number }).id },
          });
        }
        const [row] = await trx('ticket_faults')
          .insert({
            ticket_id: ticket.id,
            symptom_code_id: symptom.id,
            cause_code_id: cause.id,
            measure_code_id: measure.id,
            note: input.note,
            created_by: ctx.actor.id,
            created_at: ctx.now().toISOString(),
          })
          .returning('id');
        await audit({
          entity: 'ticket',
          entityId: ticket.id,
          action: 'addFault',
          after: { faultId: insertedId(row), ...input },
        });
      });
      return repairLogFor(ctx, input.ticketId);
    },
  }),

  'repairLog/removeFault': defineHandler({
    summary:
      'Removes a fault recorded by mistake on a ticket you work on; the row is kept with who removed it and when.',
    access: REPAIR_LOG_WRITE,
    input: z.object({ ticketId: idSchema, faultId: idSchema }).strict(),
    run: async (ctx, input): Promise<RepairLog> => {
      await ctx.write(async (trx, audit) => {
        const ticket = await ticketForWork(trx, ctx.actor, input.ticketId);
        const fault = (await trx('ticket_faults')
          .where({ id: input.faultId, ticket_id: ticket.id })
          .first('id', 'removed_at')) as { id: number; removed_at: string | null } | undefined;
        if (!fault) {
          throw refuse('NOT_FOUND', 'bench.faultNotFound', {
            params: { id: input.faultId, reportNo: ticket.reportNo },
            field: 'faultId',
            message: `faultId: No fault #${input.faultId} on ${ticket.reportNo}`,
          });
        }
        const at = ctx.now().toISOString();
        const changed = await trx('ticket_faults')
          .where({ id: fault.id })
          .whereNull('removed_at')
          .update({ removed_at: at, removed_by: ctx.actor.id });
        // Two stations removing the same fault: the second is told, nothing is overwritten.
        if (changed !== 1) {
          throw refuse('CONFLICT', 'bench.faultRemoved', {
            params: { id: fault.id, reportNo: ticket.reportNo },
            field: 'faultId',
            message: `faultId: Fault #${fault.id} was already removed from ${ticket.reportNo}`,
          });
        }
        await audit({
          entity: 'ticket',
          entityId: ticket.id,
          action: 'removeFault',
          before: { faultId: fault.id },
        });
      });
      return repairLogFor(ctx, input.ticketId);
    },
  }),
};

/** Every repair-log channel: the log, the fault codes, labour and the checklist. */
export const repairLogHandlers = combineHandlerMaps(
  repairLogChannels,
  faultCodeHandlers,
  labourHandlers,
  checklistHandlers,
);
