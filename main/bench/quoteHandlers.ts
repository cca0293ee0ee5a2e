import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { DepotError } from '../contract/errors';
import { fieldError } from '../intake/fieldError';
import { idSchema, optionalLine } from '../intake/fields';
import { insertedId } from '../intake/rows';
import { countSchema } from '../stock/fields';
import { BENCH_DESK, BENCH_WORK } from './access';
import { benchTicketView, type BenchTicketView } from './benchTicket';
import { costOf } from './cost';
import { mustFindBenchTicket, ticketForWork } from './ticketAccess';
import { moveTicket } from './transition';

// The quote of a repair the warranty does not cover (報價, issue 5, item 4; policy 3.2): the
// technician's estimate of labour and parts at the depot's rate and the parts' costs; the
// customer approves it (repair goes on) or declines it (the unit goes back unrepaired).

const versionSchema = z.number().int().positive();

export type QuoteLine =
  | { kind: 'labour'; minutes: number; amount: number }
  | {
      kind: 'part';
      partId: number;
      partNo: string;
      nameEn: string;
      nameZh: string;
      quantity: number;
      unitPrice: number;
      amount: number;
    };

export const quoteHandlers = {
  'quotes/create': defineHandler({
    summary:
      'Quotes a not-covered repair (estimated labour minutes and parts at cost); the ticket waits for the customer (policy 3.2).',
    access: BENCH_WORK,
    input: z
      .object({
        ticketId: idSchema,
        version: versionSchema,
        labourMinutes: countSchema('Labour minutes', 1).max(
          2880,
          'Labour minutes are at most 2880 (two days)',
        ),
        parts: z
          .array(z.object({ partId: idSchema, quantity: countSchema('Quantity', 1) }).strict())
          .max(30)
          .default([]),
        note: optionalLine('Note', 500),
      })
      .strict(),
    run: async (ctx, input): Promise<BenchTicketView & { quoteId: number }> => {
      const quoteId = await ctx.write(async (trx, audit) => {
        const ticket = await ticketForWork(trx, ctx.actor, input.ticketId, [
          'diagnosing',
          'back_from_factory',
        ]);
        const lines: QuoteLine[] = [];
        for (const [i, p] of input.parts.entries()) {
          const part = (await trx('parts').where({ id: p.partId }).first()) as
            | { id: number; part_no: string; name_en: string; name_zh: string; unit_cost: number }
            | undefined;
          if (!part) throw fieldError('NOT_FOUND', `parts.${i}.partId`, `No part #${p.partId}`);
          lines.push({
            kind: 'part',
            partId: part.id,
            partNo: part.part_no,
            nameEn: part.name_en,
            nameZh: part.name_zh,
            quantity: p.quantity,
            unitPrice: part.unit_cost,
            amount: part.unit_cost * p.quantity,
          });
        }
        const partsCost = lines.reduce((n, l) => n + l.amount, 0);
        const cost = costOf(
          input.labourMinutes,
          partsCost,
          ticket.warrantyStatus,
          ctx.services.settings.current().policy.labourRatePerHour,
        );
        lines.unshift({ kind: 'labour', minutes: input.labourMinutes, amount: cost.labourCost });
        const at = ctx.now();
        const [row] = await trx('quotes')
          .insert({
            ticket_id: ticket.id,
            labour_minutes: input.labourMinutes,
            labour_cost: cost.labourCost,
            parts_cost: partsCost,
            total: cost.total,
            lines: JSON.stringify(lines),
            note: input.note,
            status: 'pending',
            created_by: ctx.actor.id,
            created_at: at.toISOString(),
          })
          .returning('id');
        const id = insertedId(row);
        await audit({
          entity: 'ticket',
          entityId: ticket.id,
          action: 'quote',
          after: { quoteId: id, total: cost.total, lines },
        });
        await moveTicket(trx, audit, {
          ticket,
          to: 'awaiting_approval',
          version: input.version,
          actor: ctx.actor,
          at,
          channel: 'quotes/create',
        });
        return id;
      });
      const view = await benchTicketView(
        ctx.db,
        input.ticketId,
        ctx.actor,
        ctx.now().toISOString(),
      );
      return { ...view, quoteId };
    },
  }),

  'quotes/decide': defineHandler({
    summary:
      "Records the customer's answer to the quote: approved (the repair goes on) or declined (the unit goes back unrepaired).",
    access: BENCH_DESK,
    input: z
      .object({
        quoteId: idSchema,
        version: versionSchema,
        decision: z.enum(['approve', 'decline']),
        note: optionalLine('Note', 500),
      })
      .strict(),
    run: async (ctx, input): Promise<BenchTicketView> => {
      const ticketId = await ctx.write(async (trx, audit) => {
        const quote = (await trx('quotes')
          .where({ id: input.quoteId })
          .first('id', 'ticket_id', 'status')) as
          { id: number; ticket_id: number; status: string } | undefined;
        if (!quote) throw fieldError('NOT_FOUND', 'quoteId', `No quote #${input.quoteId}`);
        if (quote.status !== 'pending') {
          throw new DepotError('CONFLICT', `Quote #${quote.id} was already ${quote.status}.`, {
            status: quote.status,
          });
        }
        const ticket = await mustFindBenchTicket(trx, quote.ticket_id);
        const latest = (await trx('quotes')
          .where({ ticket_id: ticket.id })
          .max({ id: 'id' })
          .first()) as { id: number };
        if (latest.id !== quote.id) {
          throw new DepotError(
            'RULE',
            `Quote #${quote.id} was replaced by a newer quote; answer that one.`,
          );
        }
        const at = ctx.now();
        const status = input.decision === 'approve' ? 'approved' : 'declined';
        await trx('quotes').where({ id: quote.id, status: 'pending' }).update({
          status,
          decided_by: ctx.actor.id,
          decided_at: at.toISOString(),
          decision_note: input.note,
        });
        await audit({
          entity: 'ticket',
          entityId: ticket.id,
          action: `quote_${status}`,
          after: { quoteId: quote.id, note: input.note },
        });
        await moveTicket(trx, audit, {
          ticket,
          to: status === 'approved' ? 'in_repair' : 'return_unrepaired',
          version: input.version,
          actor: ctx.actor,
          at,
          note: input.note,
          channel: 'quotes/decide',
        });
        return ticket.id;
      });
      return benchTicketView(ctx.db, ticketId, ctx.actor, ctx.now().toISOString());
    },
  }),
};
