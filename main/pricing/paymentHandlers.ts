import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { idSchema, optionalLine, requiredLine } from '../intake/fields';
import { PAYMENT_READ, PAYMENT_WRITE } from './access';
import {
  PAYMENT_KINDS,
  PAYMENT_METHODS,
  paymentsOf,
  recordPayment,
  type Payment,
} from './payments';
import { ticketMoney, type TicketMoney } from './ticketMoney';

// Payment channels for the desk at hand-over (issue 10, item 1; policy 3.5).

export type TicketPayments = { ticketId: number; money: TicketMoney; payments: Payment[] };

export const paymentHandlers = {
  'payments/record': defineHandler({
    summary:
      'Records a payment for a billed ticket (the repair, or the inspection fee of a declined quote): method, amount, receipt number; partial payments allowed, overpayment and a used receipt number refused.',
    access: PAYMENT_WRITE,
    input: z
      .object({
        ticketId: idSchema,
        kind: z.enum(PAYMENT_KINDS),
        method: z.enum(PAYMENT_METHODS),
        amount: z.number().int().min(1, 'Amount must be at least 1').max(100_000_000),
        receiptNo: requiredLine('Receipt number', 40),
        note: optionalLine('Note', 500),
      })
      .strict(),
    run: async (ctx, input): Promise<TicketPayments> => {
      const settings = ctx.services.settings.current();
      await ctx.write((trx, audit) =>
        recordPayment(trx, audit, input, settings, ctx.actor, ctx.now().toISOString()),
      );
      return {
        ticketId: input.ticketId,
        money: await ticketMoney(ctx.db, input.ticketId, settings),
        payments: await paymentsOf(ctx.db, input.ticketId),
      };
    },
  }),
  'payments/list': defineHandler({
    summary:
      "A ticket's money (cost to the company, billed, paid, balance) and the payments recorded for it.",
    access: PAYMENT_READ,
    input: z.object({ ticketId: idSchema }).strict(),
    run: async (ctx, input): Promise<TicketPayments> => ({
      ticketId: input.ticketId,
      money: await ticketMoney(ctx.db, input.ticketId, ctx.services.settings.current()),
      payments: await paymentsOf(ctx.db, input.ticketId),
    }),
  }),
};
