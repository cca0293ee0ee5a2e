import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { idSchema, optionalLine } from '../intake/fields';
import { insertedId } from '../intake/rows';
import { countSchema } from '../stock/fields';
import { BENCH_DESK, BENCH_WORK } from './access';
import { benchTicketView, type BenchTicketView } from './benchTicket';
import { labourPrice, labourRateFor, loadPriceRules, partLinePrice, taxOn } from '../pricing/rules';
import { mustFindBenchTicket, ticketForWork } from './ticketAccess';
import { moveTicket } from './transition';

// The quote of a repair the warranty does not cover (報價, issue 5, item 4; policy 3.2): the
// technician's estimate of labour and parts, priced by the price rules (main/pricing); the
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
      'Quotes a not-covered repair (estimated labour minutes at the labour rate, parts at selling price, tax); the ticket waits for the customer (policy 3.2).',
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
        // Issue 10, item 1 (policy 3.5): a quote is priced as the customer will be billed —
        // parts at selling price (or average cost plus the category's markup, per line), labour
        // at the ticket's labour rate, tax once on the whole (main/pricing/rules.ts).
        const rules = await loadPriceRules(trx, ctx.services.settings.current());
        const lines: QuoteLine[] = [];
        for (const [i, p] of input.parts.entries()) {
          // A part without a selling price is sold at its moving-average cost (the catalogue's
          // unit cost before any receipt) plus its category's markup.
          const part = (await trx('parts as p')
            .leftJoin('stock_levels as sl', 'sl.part_id', 'p.id')
            .where('p.id', p.partId)
            .first(
              'p.id',
              'p.part_no',
              'p.name_en',
              'p.name_zh',
              'p.sell_price',
              'p.category',
              trx.raw('coalesce(nullif(sl.avg_cost, 0), p.unit_cost) as unit_cost'),
            )) as
            | {
                id: number;
                part_no: string;
                name_en: string;
                name_zh: string;
                unit_cost: number;
                sell_price: number | null;
                category: string;
              }
            | undefined;
          if (!part) {
            throw refuse('NOT_FOUND', 'stock.partNotFound', {
              params: { id: p.partId },
              field: `parts.${i}.partId`,
              message: `parts.${i}.partId: No part #${p.partId}`,
            });
          }
          const priced = { sellPrice: part.sell_price, category: part.category };
          lines.push({
            kind: 'part',
            partId: part.id,
            partNo: part.part_no,
            nameEn: part.name_en,
            nameZh: part.name_zh,
            quantity: p.quantity,
            unitPrice: partLinePrice(rules, priced, 1, part.unit_cost),
            amount: partLinePrice(rules, priced, p.quantity, part.unit_cost * p.quantity),
          });
        }
        const partsCost = lines.reduce((n, l) => n + l.amount, 0);
        const labourCost = labourPrice(
          input.labourMinutes,
          labourRateFor(rules, ticket.productTypeId, ticket.stationId),
        );
        const tax = taxOn(rules, partsCost + labourCost);
        const cost = { labourCost, total: partsCost + labourCost + tax };
        lines.unshift({ kind: 'labour', minutes: input.labourMinutes, amount: cost.labourCost });
        const at = ctx.now();
        const [row] = await trx('quotes')
          .insert({
            ticket_id: ticket.id,
            labour_minutes: input.labourMinutes,
            labour_cost: cost.labourCost,
            parts_cost: partsCost,
            tax,
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
          after: { quoteId: id, tax, total: cost.total, lines },
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
        if (!quote) {
          throw refuse('NOT_FOUND', 'bench.quoteNotFound', {
            params: { id: input.quoteId },
            field: 'quoteId',
            message: `quoteId: No quote #${input.quoteId}`,
          });
        }
        if (quote.status !== 'pending') {
          throw refuse('CONFLICT', 'bench.quoteAnswered', {
            params: { id: quote.id, status: quote.status },
            message: `Quote #${quote.id} was already ${quote.status}.`,
            details: { status: quote.status },
          });
        }
        const ticket = await mustFindBenchTicket(trx, quote.ticket_id);
        const latest = (await trx('quotes')
          .where({ ticket_id: ticket.id })
          .max({ id: 'id' })
          .first()) as { id: number };
        if (latest.id !== quote.id) {
          throw refuse('RULE', 'bench.quoteReplaced', {
            params: { id: quote.id },
            message: `Quote #${quote.id} was replaced by a newer quote; answer that one.`,
          });
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
