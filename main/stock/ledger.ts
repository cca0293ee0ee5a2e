import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { refuse } from '../contract/errors';
import { insertedId } from '../intake/rows';

// The stock ledger (issue 4, item 2; policy 5.2 賬實相符): every movement is one append-only
// stock_moves row, and the part's stock_levels row (on-hand, moving-average cost) changes in
// the same transaction. Stock never goes negative: an outgoing move is checked and applied as
// one conditional UPDATE, so two stations taking the last unit cannot both succeed.

export const MOVE_KINDS = [
  'receipt',
  'issue',
  'return',
  'adjustment',
  'count_variance',
  'scrap',
] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

export type Move = {
  partId: number;
  kind: MoveKind;
  /** Signed: positive into stock, negative out of it. Never zero. */
  quantity: number;
  /** Incoming only: the cost of these units (default: the current average). */
  unitCost?: number;
  refType: string;
  refId?: string | number | null;
  note?: string | null;
  createdBy: number;
  at: Date;
};

export type PostedMove = { id: number; onHand: number; avgCost: number; unitCost: number };

type Level = { on_hand: number; avg_cost: number; version: number };

async function level(trx: Knex.Transaction, partId: number): Promise<Level> {
  const row = (await trx('stock_levels').where({ part_id: partId }).first()) as Level | undefined;
  if (!row) {
    throw refuse('NOT_FOUND', 'stock.partNotFound', {
      params: { id: partId },
      field: 'partId',
      message: `No part #${partId}.`,
    });
  }
  return row;
}

/** Posts one movement and keeps stock_levels in step; refuses to take stock below zero. */
export async function postMove(
  trx: Knex.Transaction,
  audit: Audit,
  move: Move,
): Promise<PostedMove> {
  if (!Number.isSafeInteger(move.quantity) || move.quantity === 0) {
    throw refuse('VALIDATION', 'stock.wholeNonZero', {
      field: 'quantity',
      message: 'A stock movement is a whole, non-zero quantity.',
    });
  }
  const at = move.at.toISOString();
  const before = await level(trx, move.partId);
  let unitCost = before.avg_cost;
  let avgCost = before.avg_cost;
  if (move.quantity < 0) {
    const out = -move.quantity;
    // The check and the change in one statement (policy 5.3: issue at most what is on hand).
    const changed = await trx('stock_levels')
      .where({ part_id: move.partId })
      .andWhere('on_hand', '>=', out)
      .update({
        on_hand: trx.raw('on_hand - ?', [out]),
        version: trx.raw('version + 1'),
        updated_at: at,
      });
    if (changed !== 1) {
      const now = await level(trx, move.partId);
      throw refuse('RULE', 'stock.onlyOnHand', {
        params: { onHand: now.on_hand, quantity: out },
        field: 'quantity',
        message: `Only ${now.on_hand} on hand; cannot take ${out}.`,
        details: { onHand: now.on_hand },
      });
    }
  } else {
    unitCost = move.unitCost ?? before.avg_cost;
    const total = before.on_hand + move.quantity;
    // Moving average, rounded to whole minor units.
    avgCost = Math.round((before.on_hand * before.avg_cost + move.quantity * unitCost) / total);
    const changed = await trx('stock_levels')
      .where({ part_id: move.partId, version: before.version })
      .update({
        on_hand: trx.raw('on_hand + ?', [move.quantity]),
        avg_cost: avgCost,
        version: before.version + 1,
        updated_at: at,
      });
    if (changed !== 1)
      throw refuse('CONFLICT', 'stock.levelChangedMeanwhile', {
        message: 'Stock level changed meanwhile; try again.',
      });
  }
  const [row] = await trx('stock_moves')
    .insert({
      part_id: move.partId,
      kind: move.kind,
      quantity: move.quantity,
      unit_cost: unitCost,
      ref_type: move.refType,
      ref_id: move.refId == null ? null : String(move.refId),
      note: move.note ?? null,
      created_by: move.createdBy,
      created_at: at,
    })
    .returning('id');
  const id = insertedId(row);
  const after = await level(trx, move.partId);
  await audit({
    entity: 'stock_move',
    entityId: id,
    action: move.kind,
    after: { ...move, at, unitCost, onHand: after.on_hand, avgCost: after.avg_cost },
  });
  return { id, onHand: after.on_hand, avgCost: after.avg_cost, unitCost };
}

export type LedgerMismatch = { partId: number; partNo: string; onHand: number; ledger: number };

/** Proves the books: every part whose on-hand differs from the sum of its ledger (empty = ok). */
export async function verifyLedger(db: Knex | Knex.Transaction): Promise<LedgerMismatch[]> {
  const sums = db('stock_moves')
    .select('part_id')
    .sum({ total: 'quantity' })
    .groupBy('part_id')
    .as('s');
  const rows = (await db('parts as p')
    .leftJoin('stock_levels as l', 'l.part_id', 'p.id')
    .leftJoin(sums, 's.part_id', 'p.id')
    .whereRaw('coalesce(l.on_hand, 0) <> coalesce(s.total, 0)')
    .orderBy('p.part_no')
    .select('p.id', 'p.part_no', 'l.on_hand', 's.total')) as {
    id: number;
    part_no: string;
    on_hand: number | null;
    total: number | string | null;
  }[];
  return rows.map((r) => ({
    partId: r.id,
    partNo: r.part_no,
    onHand: Number(r.on_hand ?? 0),
    ledger: Number(r.total ?? 0),
  }));
}
