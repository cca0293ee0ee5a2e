import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { idSchema, limitSchema } from '../intake/fields';
import { STOCK_READ } from './access';
import { idCursorSchema } from './fields';
import { refuse } from '../contract/errors';
import { findPart } from './partRepo';

// A part's ledger (庫存異動, policy 5.2), newest first with the balance after each move, so the
// keeper can show how the shelf got to today's quantity.

export type LedgerRow = {
  id: number;
  kind: string;
  quantity: number;
  unitCost: number;
  refType: string;
  refId: string | null;
  note: string | null;
  by: string;
  at: string;
  /** On hand right after this move. */
  balance: number;
};

export const ledgerHandlers = {
  'parts/ledger': defineHandler({
    summary:
      "A part's stock movements, newest first (keyset paged), each with the balance after it.",
    access: STOCK_READ,
    input: z.object({ partId: idSchema, cursor: idCursorSchema, limit: limitSchema }).strict(),
    run: async (ctx, input): Promise<{ rows: LedgerRow[]; next: string | null }> => {
      const part = await findPart(ctx.db, input.partId);
      if (!part) {
        throw refuse('NOT_FOUND', 'stock.partNotFound', {
          params: { id: input.partId },
          field: 'partId',
          message: `No part #${input.partId}.`,
        });
      }
      const before = input.cursor === undefined ? null : Number(input.cursor);
      const q = ctx
        .db('stock_moves as m')
        .join('staff as s', 's.id', 'm.created_by')
        .where('m.part_id', part.id)
        .orderBy('m.id', 'desc')
        .limit(input.limit + 1)
        .select('m.*', 's.display_name');
      if (before !== null) q.where('m.id', '<', before);
      const rows = (await q) as {
        id: number;
        kind: string;
        quantity: number;
        unit_cost: number;
        ref_type: string;
        ref_id: string | null;
        note: string | null;
        created_at: string;
        display_name: string;
      }[];
      // The balance after the newest move on this page: on hand minus everything newer.
      let balance = part.onHand;
      if (before !== null) {
        const newer = (await ctx
          .db('stock_moves')
          .where('part_id', part.id)
          .andWhere('id', '>=', before)
          .sum({ n: 'quantity' })
          .first()) as { n: number | string | null } | undefined;
        balance -= Number(newer?.n ?? 0);
      }
      const page = rows.slice(0, input.limit);
      return {
        rows: page.map((m) => {
          const row: LedgerRow = {
            id: m.id,
            kind: m.kind,
            quantity: m.quantity,
            unitCost: m.unit_cost,
            refType: m.ref_type,
            refId: m.ref_id,
            note: m.note,
            by: m.display_name,
            at: m.created_at,
            balance,
          };
          balance -= m.quantity;
          return row;
        }),
        next: rows.length > input.limit ? String(page[page.length - 1].id) : null,
      };
    },
  }),
};
