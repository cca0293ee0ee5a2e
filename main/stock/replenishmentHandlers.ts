import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { STOCK_READ } from './access';
import { overstockList, reorderList, type OverstockRow, type ReorderRow } from './replenishment';

// What to reorder and what to clear (policy 5.2), for the stockroom keeper's daily look.

export const replenishmentHandlers = {
  'stock/reorder': defineHandler({
    summary:
      'Parts below safety stock or at their reorder point (safety + usage over the lead time), with a suggested order quantity.',
    access: STOCK_READ,
    input: z.object({ usageDays: z.number().int().min(7).max(730).default(90) }).strict(),
    run: async (ctx, input): Promise<{ rows: ReorderRow[] }> => ({
      rows: await reorderList(ctx.db, { usageDays: input.usageDays, now: ctx.now() }),
    }),
  }),

  'stock/overstock': defineHandler({
    summary:
      'Parts above their maximum, or with stock and no movement for idleDays: candidates for clearance or return to the supplier.',
    access: STOCK_READ,
    input: z.object({ idleDays: z.number().int().min(30).max(3650).default(180) }).strict(),
    run: async (ctx, input): Promise<{ rows: OverstockRow[] }> => ({
      rows: await overstockList(ctx.db, { idleDays: input.idleDays, now: ctx.now() }),
    }),
  }),
};
