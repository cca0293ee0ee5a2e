import { z } from 'zod';
import type { Knex } from 'knex';
import { defineHandler } from '../contract/handler';
import { activePartOfLine } from './partRepo';
import { offerOf, throwRefusal, type Offer } from '../contract/offer';
import { requisitionRefusal, requisitionView, type RequisitionView } from './requisitionActions';
import { findTicketForParts, requestPartsRefusal } from './partsOffers';
import { refreshParts } from '../outcomes/outcomes';
import { DepotError, refuse } from '../contract/errors';
import { idSchema, limitSchema, line, optionalLine, requiredLine } from '../intake/fields';
import { insertedId, isUniqueViolation } from '../intake/rows';
import { REQUISITION_DECIDE, REQUISITION_REQUEST, STOCK_READ, STOCK_WRITE } from './access';
import { countSchema, idCursorSchema } from './fields';
import { postMove } from './ledger';
import { listRequisitions, QUEUES } from './requisitionList';
import { breaksQuota } from '../rules/quota';
import { approvableOf, openOf, outOf } from '../rules/requisitionLine';
import {
  mustFindRequisition,
  ticketUsage,
  type Requisition,
  type RequisitionStatus,
} from './requisitionRepo';

// Requisition and issue (領用與發放, policy 5.3): the technician requests, the department head
// approves (never their own request), the stockroom issues exactly what was approved and no
// more than is on hand, unused parts are returned. Critical parts have quotas: approving above
// one needs the supervisor's written reason, which is kept on the line.

const versionSchema = z.number().int().positive();
const lineQuantities = z
  .array(z.object({ lineId: idSchema, quantity: countSchema('Quantity', 1) }).strict())
  .min(1, 'Give at least one line')
  .max(100);

function conflictIfChanged(req: Requisition, version: number): void {
  if (req.version !== version) {
    throw refuse('CONFLICT', 'core.changedElsewhere', {
      params: { record: req.reqNo },
      message: `Requisition ${req.reqNo} was changed by someone else; reload and try again.`,
      details: { expected: version, actual: req.version },
    });
  }
}

/** Issue progress decides the status once approved (the rest stays open until issued). */
function issueStatus(lines: { approved: number | null; issued: number }[]): RequisitionStatus {
  const approved = lines.reduce((n, l) => n + (l.approved ?? 0), 0);
  const issued = lines.reduce((n, l) => n + l.issued, 0);
  if (issued === 0) return 'approved';
  return issued >= approved ? 'issued' : 'partially_issued';
}

async function touch(
  trx: Knex.Transaction,
  req: Requisition,
  set: Record<string, unknown>,
  at: string,
): Promise<void> {
  const changed = await trx('requisitions')
    .where({ id: req.id, version: req.version })
    .update({ ...set, updated_at: at, version: req.version + 1 });
  if (changed !== 1) {
    throw refuse('CONFLICT', 'core.changedMeanwhile', {
      params: { record: req.reqNo },
      message: `Requisition ${req.reqNo} was changed meanwhile; try again.`,
    });
  }
}

/** Each named line once, and only lines of this requisition. */
function linesOf(req: Requisition, ids: number[]) {
  const seen = new Set<number>();
  return ids.map((lineId, i) => {
    const found = req.lines.find((l) => l.id === lineId);
    if (!found) {
      throw refuse('NOT_FOUND', 'stock.lineNotOnRequisition', {
        params: { reqNo: req.reqNo },
        field: `lines.${i}.lineId`,
        message: `lines.${i}.lineId: Line #${lineId} is not on ${req.reqNo}`,
      });
    }
    if (seen.has(lineId)) {
      throw refuse('VALIDATION', 'stock.lineTwice', {
        params: { line: found.lineNo },
        field: `lines.${i}.lineId`,
        message: `lines.${i}.lineId: Line ${found.lineNo} is given twice`,
      });
    }
    seen.add(lineId);
    return found;
  });
}

/** Requesting parts for a ticket, before the first line is typed. */
export type TicketPartsRequest = {
  ticketId: number;
  /** Units of each part the ticket drew through its requisitions, as the quota counts them. */
  usage: { partId: number; used: number }[];
  actions: { requestParts: Offer };
};

export const requisitionHandlers = {
  'requisitions/create': defineHandler({
    summary:
      'A technician requests parts for a ticket (領用申請表, policy 5.3); it waits for a supervisor. Idempotent per clientRequestId.',
    access: REQUISITION_REQUEST,
    input: z
      .object({
        ticketId: idSchema,
        lines: z
          .array(z.object({ partId: idSchema, quantity: countSchema('Quantity', 1) }).strict())
          .min(1, 'A requisition has at least one line')
          .max(50),
        note: optionalLine('Note', 500),
        clientRequestId: z.string().uuid('clientRequestId must be a UUID').optional(),
      })
      .strict(),
    run: async (ctx, input): Promise<RequisitionView> => {
      const id = await ctx
        .write(async (trx, audit) => {
          if (input.clientRequestId) {
            const earlier = (await trx('requisitions')
              .where({ client_request_id: input.clientRequestId })
              .first('id', 'requested_by', 'ticket_id')) as
              { id: number; requested_by: number; ticket_id: number } | undefined;
            if (earlier) {
              if (earlier.requested_by !== ctx.actor.id || earlier.ticket_id !== input.ticketId) {
                throw refuse('CONFLICT', 'stock.requestIdReused', {
                  field: 'clientRequestId',
                  message:
                    'clientRequestId: this request id was already used for another requisition',
                });
              }
              return earlier.id;
            }
          }
          const ticket = await findTicketForParts(trx, input.ticketId);
          if (!ticket) {
            throw refuse('NOT_FOUND', 'intake.ticketNotFound', {
              params: { id: input.ticketId },
              field: 'ticketId',
              message: `ticketId: No ticket #${input.ticketId}`,
            });
          }
          throwRefusal(
            requestPartsRefusal(ticket, ctx.actor),
            { status: ticket.status },
            'ticketId',
          );
          const seen = new Map<number, number>();
          for (const [i, l] of input.lines.entries()) {
            const field = `lines.${i}.partId`;
            const part = await activePartOfLine(trx, l.partId, field);
            if (seen.has(l.partId)) {
              const line = (seen.get(l.partId) ?? 0) + 1;
              throw refuse('VALIDATION', 'stock.partTwice', {
                params: { partNo: part.part_no, line },
                field,
                message: `${field}: Part ${part.part_no} is already on line ${line}; put the whole quantity on one line`,
              });
            }
            seen.set(l.partId, i);
          }
          const at = ctx.now().toISOString();
          const [row] = await trx('requisitions')
            .insert({
              ticket_id: input.ticketId,
              status: 'pending',
              note: input.note,
              requested_by: ctx.actor.id,
              requested_at: at,
              client_request_id: input.clientRequestId ?? null,
              updated_at: at,
            })
            .returning('id');
          const newId = insertedId(row);
          await trx('requisition_lines').insert(
            input.lines.map((l, i) => ({
              requisition_id: newId,
              line_no: i + 1,
              part_id: l.partId,
              requested: l.quantity,
            })),
          );
          await audit({
            entity: 'requisition',
            entityId: newId,
            action: 'create',
            after: { ...input, reportNo: ticket.reportNo },
          });
          return newId;
        })
        .catch(async (error: unknown) => {
          // Two submits of one form racing past the check: the second finds the first's row.
          if (!input.clientRequestId || !isUniqueViolation(error)) throw error;
          const earlier = (await ctx
            .db('requisitions')
            .where({ client_request_id: input.clientRequestId })
            .first('id')) as { id: number } | undefined;
          if (!earlier) throw error;
          return earlier.id;
        });
      return requisitionView(await mustFindRequisition(ctx.db, id), ctx.actor);
    },
  }),

  'requisitions/decide': defineHandler({
    summary:
      'A supervisor approves (per line, possibly less than asked) or rejects a requisition; never their own. Above a quota needs a written reason (policy 5.3).',
    access: REQUISITION_DECIDE,
    input: z.discriminatedUnion('decision', [
      z
        .object({
          id: idSchema,
          version: versionSchema,
          decision: z.literal('approve'),
          lines: z
            .array(
              z
                .object({
                  lineId: idSchema,
                  approved: countSchema('Approved quantity'),
                  quotaOverrideReason: line('Quota override reason', 500).optional(),
                })
                .strict(),
            )
            .min(1)
            .max(100),
          note: optionalLine('Note', 500),
        })
        .strict(),
      z
        .object({
          id: idSchema,
          version: versionSchema,
          decision: z.literal('reject'),
          note: requiredLine('Reason for rejecting', 500),
        })
        .strict(),
    ]),
    run: async (ctx, input): Promise<RequisitionView> => {
      await ctx.write(async (trx, audit) => {
        const req = await mustFindRequisition(trx, input.id);
        throwRefusal(requisitionRefusal(req, ctx.actor, 'decide'), { status: req.status });
        conflictIfChanged(req, input.version);
        const at = ctx.now().toISOString();
        if (input.decision === 'reject') {
          await touch(
            trx,
            req,
            {
              status: 'rejected',
              decided_by: ctx.actor.id,
              decided_at: at,
              decision_note: input.note,
            },
            at,
          );
          await audit({ entity: 'requisition', entityId: req.id, action: 'reject', after: input });
          return;
        }
        const lines = linesOf(
          req,
          input.lines.map((l) => l.lineId),
        );
        if (lines.length !== req.lines.length) {
          const missing = req.lines.filter((l) => !lines.includes(l)).map((l) => l.lineNo);
          throw refuse('VALIDATION', 'stock.decideEveryLine', {
            params: { lines: missing.join(', ') },
            field: 'lines',
            message: `lines: Decide every line; missing line ${missing.join(', ')}`,
          });
        }
        if (input.lines.every((l) => l.approved === 0)) {
          throw refuse('VALIDATION', 'stock.approveAtLeastOne', {
            field: 'lines',
            message: 'lines: Approve at least one unit, or reject the requisition',
          });
        }
        const usage = await ticketUsage(
          trx,
          req.ticket.id,
          req.lines.map((l) => l.partId),
          req.id,
        );
        for (const [i, l] of input.lines.entries()) {
          const target = lines[i];
          if (l.approved > approvableOf(target)) {
            throw refuse('RULE', 'stock.approveAtMostRequested', {
              params: { line: target.lineNo, partNo: target.partNo, requested: target.requested },
              field: `lines.${i}.approved`,
              message: `lines.${i}.approved: Line ${target.lineNo} (${target.partNo}): approve at most the ${target.requested} requested`,
            });
          }
          const over = breaksQuota(l.approved, target, usage.get(target.partId) ?? 0);
          const reason = l.quotaOverrideReason?.trim() ?? '';
          if (over && reason === '') {
            throw refuse('RULE', 'stock.overQuotaNeedsReason', {
              params: { line: target.lineNo, partNo: target.partNo },
              field: `lines.${i}.quotaOverrideReason`,
              message: `lines.${i}.quotaOverrideReason: Line ${target.lineNo} (${target.partNo}) is over its quota (${quotaText(target, usage.get(target.partId) ?? 0)}); approving it needs a written reason (policy 5.3)`,
            });
          }
          await trx('requisition_lines')
            .where({ id: target.id })
            .update({ approved: l.approved, quota_override_reason: over ? reason : null });
        }
        await touch(
          trx,
          req,
          {
            status: 'approved',
            decided_by: ctx.actor.id,
            decided_at: at,
            decision_note: input.note,
          },
          at,
        );
        await audit({ entity: 'requisition', entityId: req.id, action: 'approve', after: input });
      });
      return requisitionView(await mustFindRequisition(ctx.db, input.id), ctx.actor);
    },
  }),

  'requisitions/issue': defineHandler({
    summary:
      'The stockroom issues approved parts (發放, policy 5.3): per line at most approved − issued and at most on hand; the rest stays open.',
    access: STOCK_WRITE,
    input: z.object({ id: idSchema, lines: lineQuantities }).strict(),
    run: async (ctx, input): Promise<RequisitionView> => {
      await ctx.write(async (trx, audit) => {
        const req = await mustFindRequisition(trx, input.id);
        throwRefusal(requisitionRefusal(req, ctx.actor, 'issue'), {
          status: req.status,
          ticketStatus: req.ticket.status,
        });
        const lines = linesOf(
          req,
          input.lines.map((l) => l.lineId),
        );
        const at = ctx.now();
        for (const [i, l] of input.lines.entries()) {
          const target = lines[i];
          const open = openOf(target);
          if (l.quantity > open) {
            throw refuse('RULE', 'stock.issueAtMostOpen', {
              params: { line: target.lineNo, partNo: target.partNo, open, quantity: l.quantity },
              field: `lines.${i}.quantity`,
              message: `lines.${i}.quantity: Line ${target.lineNo} (${target.partNo}): ${open} approved and not yet issued; cannot issue ${l.quantity}`,
              details: { open },
            });
          }
          await postMove(trx, audit, {
            partId: target.partId,
            kind: 'issue',
            quantity: -l.quantity,
            refType: 'requisition_line',
            refId: target.id,
            note: `${req.reqNo} ${req.ticket.reportNo}`,
            createdBy: ctx.actor.id,
            at,
          }).catch((error: unknown) => {
            if (error instanceof DepotError && error.reason === 'stock.onlyOnHand') {
              const onHand = Number(error.params?.onHand);
              throw refuse('RULE', 'stock.lineOnlyOnHand', {
                params: {
                  line: target.lineNo,
                  partNo: target.partNo,
                  onHand,
                  quantity: l.quantity,
                },
                field: `lines.${i}.quantity`,
                message: `lines.${i}.quantity: Line ${target.lineNo} (${target.partNo}): ${error.message}`,
                details: { onHand },
              });
            }
            throw error;
          });
          target.issued += l.quantity;
          await trx('requisition_lines').where({ id: target.id }).update({ issued: target.issued });
        }
        await touch(trx, req, { status: issueStatus(req.lines) }, at.toISOString());
        await audit({ entity: 'requisition', entityId: req.id, action: 'issue', after: input });
      });
      return requisitionView(await mustFindRequisition(ctx.db, input.id), ctx.actor);
    },
  }),

  'requisitions/return': defineHandler({
    summary:
      'Unused parts come back to stock against the requisition (退回倉庫, policy 5.3): per line at most issued − returned.',
    access: STOCK_WRITE,
    input: z
      .object({ id: idSchema, lines: lineQuantities, note: optionalLine('Note', 200) })
      .strict(),
    run: async (ctx, input): Promise<RequisitionView> => {
      await ctx.write(async (trx, audit) => {
        const req = await mustFindRequisition(trx, input.id);
        throwRefusal(requisitionRefusal(req, ctx.actor, 'return'));
        const lines = linesOf(
          req,
          input.lines.map((l) => l.lineId),
        );
        const at = ctx.now();
        for (const [i, l] of input.lines.entries()) {
          const target = lines[i];
          const out = outOf(target);
          if (l.quantity > out) {
            throw refuse('RULE', 'stock.returnAtMostOut', {
              params: { line: target.lineNo, partNo: target.partNo, out, quantity: l.quantity },
              field: `lines.${i}.quantity`,
              message: `lines.${i}.quantity: Line ${target.lineNo} (${target.partNo}): ${out} issued and not returned; cannot return ${l.quantity}`,
              details: { out },
            });
          }
          // Returned units come back at the cost they were issued at.
          const issuedCost = req.movements.filter(
            (m) => m.lineId === target.id && m.kind === 'issue',
          );
          const units = issuedCost.reduce((n, m) => n + m.quantity, 0);
          const cost = Math.round(
            issuedCost.reduce((n, m) => n + m.quantity * m.unitCost, 0) / units,
          );
          await postMove(trx, audit, {
            partId: target.partId,
            kind: 'return',
            quantity: l.quantity,
            unitCost: cost,
            refType: 'requisition_line',
            refId: target.id,
            note: [req.reqNo, req.ticket.reportNo, input.note]
              .filter(Boolean)
              .join(' ')
              .slice(0, 200),
            createdBy: ctx.actor.id,
            at,
          });
          target.returned += l.quantity;
          await trx('requisition_lines')
            .where({ id: target.id })
            .update({ returned: target.returned });
        }
        await touch(trx, req, {}, at.toISOString());
        // A ticket already handed back keeps its parts cost true to the ledger (main/outcomes/).
        await refreshParts(trx, req.ticket.id);
        await audit({ entity: 'requisition', entityId: req.id, action: 'return', after: input });
      });
      return requisitionView(await mustFindRequisition(ctx.db, input.id), ctx.actor);
    },
  }),

  'requisitions/forTicket': defineHandler({
    summary:
      'What requesting parts for a ticket needs to know first: whether it may be done now (policy 3.2, 5.3) and how much of each part the ticket has drawn already (its quota per ticket).',
    access: REQUISITION_REQUEST,
    input: z.object({ ticketId: idSchema }).strict(),
    run: async (ctx, input): Promise<TicketPartsRequest> => {
      const ticket = await findTicketForParts(ctx.db, input.ticketId);
      if (!ticket) {
        throw refuse('NOT_FOUND', 'intake.ticketNotFound', {
          params: { id: input.ticketId },
          field: 'ticketId',
          message: `ticketId: No ticket #${input.ticketId}`,
        });
      }
      const usage = await ticketUsage(ctx.db, ticket.id, null, null);
      return {
        ticketId: ticket.id,
        usage: [...usage].map(([partId, used]) => ({ partId, used })),
        actions: { requestParts: offerOf(requestPartsRefusal(ticket, ctx.actor)) },
      };
    },
  }),

  'requisitions/get': defineHandler({
    summary: 'One requisition with its lines, quotas and issue record (發放記錄).',
    access: STOCK_READ,
    input: z.object({ id: idSchema }).strict(),
    run: async (ctx, input): Promise<RequisitionView> =>
      requisitionView(await mustFindRequisition(ctx.db, input.id), ctx.actor),
  }),

  'requisitions/list': defineHandler({
    summary:
      'The requisition queue, newest first: pending approval, to issue, done, or all; optionally for one ticket or my own.',
    access: STOCK_READ,
    input: z
      .object({
        queue: z.enum([...(Object.keys(QUEUES) as (keyof typeof QUEUES)[]), 'all']).default('all'),
        ticketId: idSchema.optional(),
        mine: z.boolean().default(false),
        cursor: idCursorSchema,
        limit: limitSchema,
      })
      .strict(),
    run: async (ctx, input) =>
      listRequisitions(ctx.db, {
        queue: input.queue,
        ticketId: input.ticketId,
        requestedBy: input.mine ? ctx.actor.id : undefined,
        cursor: input.cursor,
        limit: input.limit,
      }),
  }),
};

function quotaText(
  q: { quotaPerLine: number | null; quotaPerTicket: number | null },
  used: number,
): string {
  const parts: string[] = [];
  if (q.quotaPerLine !== null) parts.push(`${q.quotaPerLine} per line`);
  if (q.quotaPerTicket !== null)
    parts.push(`${q.quotaPerTicket} per ticket, ${used} already drawn`);
  return parts.join('; ');
}
