import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { activePartOfLine } from './partRepo';

import { idSchema, line, requiredLine } from '../intake/fields';
import { insertedId } from '../intake/rows';
import { STOCK_ADJUST, STOCK_VERIFY, STOCK_WRITE } from './access';
import { costSchema, countSchema, signedQuantitySchema } from './fields';
import { postMove, verifyLedger, type LedgerMismatch } from './ledger';

// Receiving with inspection (policy 5.1: inspect every receipt, accepted and rejected
// quantities) and supervisor corrections (policy 5.2: the books match the shelves).

const receiptLine = z
  .object({
    partId: idSchema,
    received: countSchema('Received', 1),
    accepted: countSchema('Accepted'),
    rejected: countSchema('Rejected'),
    rejectReason: line('Reject reason', 200).optional(),
    unitCost: costSchema,
  })
  .strict()
  .refine((l) => l.accepted + l.rejected === l.received, {
    message: 'Accepted plus rejected must equal received (policy 5.1)',
    path: ['accepted'],
  })
  .refine((l) => l.rejected === 0 || (l.rejectReason ?? '') !== '', {
    message: 'Say why units were rejected (policy 5.1)',
    path: ['rejectReason'],
  });

export type ReceiptResult = {
  receiptId: number;
  lines: {
    lineNo: number;
    partId: number;
    accepted: number;
    rejected: number;
    moveId: number | null;
    onHand: number;
    avgCost: number;
  }[];
};

export const stockHandlers = {
  'stock/receive': defineHandler({
    summary:
      'Records a delivery with its inspection (policy 5.1); only accepted units enter stock at their cost.',
    access: STOCK_WRITE,
    input: z
      .object({
        supplier: requiredLine('Supplier', 120),
        reference: requiredLine('Delivery note number', 60),
        lines: z.array(receiptLine).min(1, 'A receipt has at least one line').max(200),
      })
      .strict(),
    run: async (ctx, input): Promise<ReceiptResult> =>
      ctx.write(async (trx, audit) => {
        const at = ctx.now();
        const [row] = await trx('receipts')
          .insert({
            supplier: input.supplier,
            reference: input.reference,
            received_by: ctx.actor.id,
            received_at: at.toISOString(),
          })
          .returning('id');
        const receiptId = insertedId(row);
        const lines: ReceiptResult['lines'] = [];
        for (const [i, l] of input.lines.entries()) {
          const field = `lines.${i}.partId`;
          await activePartOfLine(trx, l.partId, field);
          const posted =
            l.accepted > 0
              ? await postMove(trx, audit, {
                  partId: l.partId,
                  kind: 'receipt',
                  quantity: l.accepted,
                  unitCost: l.unitCost,
                  refType: 'receipt',
                  refId: receiptId,
                  note: `${input.supplier} ${input.reference}`.slice(0, 200),
                  createdBy: ctx.actor.id,
                  at,
                })
              : null;
          await trx('receipt_lines').insert({
            receipt_id: receiptId,
            line_no: i + 1,
            part_id: l.partId,
            received: l.received,
            accepted: l.accepted,
            rejected: l.rejected,
            reject_reason: l.rejectReason || null,
            unit_cost: l.unitCost,
            stock_move_id: posted?.id ?? null,
          });
          const level = (await trx('stock_levels').where({ part_id: l.partId }).first()) as {
            on_hand: number;
            avg_cost: number;
          };
          lines.push({
            lineNo: i + 1,
            partId: l.partId,
            accepted: l.accepted,
            rejected: l.rejected,
            moveId: posted?.id ?? null,
            onHand: level.on_hand,
            avgCost: level.avg_cost,
          });
        }
        await audit({ entity: 'receipt', entityId: receiptId, action: 'create', after: input });
        return { receiptId, lines };
      }),
  }),

  'stock/adjust': defineHandler({
    summary:
      "A supervisor corrects a part's stock by a signed quantity with a reason (policy 5.2); never below zero.",
    access: STOCK_ADJUST,
    input: z
      .object({
        partId: idSchema,
        quantity: signedQuantitySchema,
        reason: requiredLine('Reason', 200),
      })
      .strict(),
    run: async (ctx, input) =>
      ctx.write(async (trx, audit) => {
        const posted = await postMove(trx, audit, {
          partId: input.partId,
          kind: 'adjustment',
          quantity: input.quantity,
          refType: 'adjustment',
          note: input.reason,
          createdBy: ctx.actor.id,
          at: ctx.now(),
        });
        return { moveId: posted.id, onHand: posted.onHand, avgCost: posted.avgCost };
      }),
  }),

  'stock/verify': defineHandler({
    summary:
      "Proves on-hand equals the ledger's sum for every part (policy 5.2); lists any part that differs.",
    access: STOCK_VERIFY,
    input: z.object({}).strict(),
    run: async (ctx): Promise<{ consistent: boolean; mismatches: LedgerMismatch[] }> => {
      const mismatches = await verifyLedger(ctx.db);
      return { consistent: mismatches.length === 0, mismatches };
    },
  }),
};
