import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { refuse } from '../contract/errors';
import { bool } from '../intake/rows';
import { postMove } from './ledger';
import { notOpen, notOpenRefusal } from './countEntry';
import { offerOf, refusalError, type Offer, type Refusal } from '../contract/offer';
import {
  countEntries,
  mustFindCount,
  reviewLines,
  type CountEntry,
  type ReviewLine,
  type StockCount,
} from './countRepo';
import { scopeLabel } from './countScope';

// The supervisor's side of a blind count (policy 5.2 賬實相符: the books are made to match the
// shelves only on a supervisor's word): review the variances, then post them to the ledger as
// count_variance moves, or cancel the count.

export type CountTotals = {
  lines: number;
  uncounted: number;
  flagged: number;
  withVariance: number;
  surplusUnits: number;
  shortageUnits: number;
  surplusValue: number;
  shortageValue: number;
  /** Surplus minus shortage, in minor units at average cost. */
  netValue: number;
};

export type CountReview = {
  count: StockCount;
  lines: ReviewLine[];
  totals: CountTotals;
  /** Every entry, duplicates included, so the supervisor sees what happened. */
  entries: CountEntry[];
  actions: CountReviewActions;
};

function totalsOf(lines: ReviewLine[]): CountTotals {
  const t: CountTotals = {
    lines: lines.length,
    uncounted: 0,
    flagged: 0,
    withVariance: 0,
    surplusUnits: 0,
    shortageUnits: 0,
    surplusValue: 0,
    shortageValue: 0,
    netValue: 0,
  };
  for (const l of lines) {
    if (l.counted === null) t.uncounted += 1;
    if (l.flagged) t.flagged += 1;
    if (!l.variance) continue;
    t.withVariance += 1;
    const value = l.varianceValue ?? 0;
    if (l.variance > 0) {
      t.surplusUnits += l.variance;
      t.surplusValue += value;
    } else {
      t.shortageUnits -= l.variance;
      t.shortageValue -= value;
    }
  }
  t.netValue = t.surplusValue - t.shortageValue;
  return t;
}

/** Posting waits until every line is counted and no duplicate entry is left to resolve. */
function incompleteRefusal(
  count: StockCount,
  uncounted: readonly string[],
  flagged: readonly string[],
): Refusal | null {
  if (uncounted.length === 0 && flagged.length === 0) return null;
  const reasons = [
    uncounted.length > 0 ? `not yet counted: ${listed(uncounted)}` : '',
    flagged.length > 0 ? `duplicate entries to resolve: ${listed(flagged)}` : '',
  ].filter(Boolean);
  return {
    code: 'RULE',
    reason: 'stock.countIncomplete',
    params: { id: count.id, uncounted: uncounted.length, flagged: flagged.length },
    message: `Count #${count.id} cannot be posted; ${reasons.join('; ')}.`,
  };
}

/** What the review offers: posting (policy 5.2) and cancelling, by the rules they refuse by. */
export type CountReviewActions = { post: Offer; cancel: Offer };

export function countReviewActions(
  count: StockCount,
  lines: readonly Pick<ReviewLine, 'partNo' | 'counted' | 'flagged'>[],
): CountReviewActions {
  const closed = notOpenRefusal(count);
  const incomplete = incompleteRefusal(
    count,
    lines.filter((l) => l.counted === null).map((l) => l.partNo),
    lines.filter((l) => l.flagged).map((l) => l.partNo),
  );
  return { post: offerOf(closed ?? incomplete), cancel: offerOf(closed) };
}

export async function reviewCount(
  db: Knex | Knex.Transaction,
  countId: number,
): Promise<CountReview> {
  const count = await mustFindCount(db, countId);
  const lines = await reviewLines(db, countId, count.status === 'posted');
  return {
    count,
    lines,
    totals: totalsOf(lines),
    entries: await countEntries(db, countId),
    actions: countReviewActions(count, lines),
  };
}

const listed = (partNos: readonly string[]) =>
  partNos.length <= 10
    ? partNos.join(', ')
    : `${partNos.slice(0, 10).join(', ')} and ${partNos.length - 10} more`;

type Closing = { countId: number; version: number; staffId: number; at: Date };

/** Claims an open count at the version the supervisor saw, or says why it cannot be. */
async function claim(
  trx: Knex.Transaction,
  c: Closing,
  set: Record<string, unknown>,
): Promise<StockCount> {
  const count = await mustFindCount(trx, c.countId);
  if (count.status !== 'open') throw notOpen(count);
  const changed = await trx('stock_counts')
    .where({ id: c.countId, status: 'open', version: c.version })
    .update({ ...set, version: c.version + 1 });
  if (changed !== 1) {
    throw refuse('CONFLICT', 'stock.countChangedSinceReview', {
      params: { id: c.countId },
      message: `Count #${c.countId} changed since you reviewed it (entries were recorded); review it again.`,
      details: { expected: c.version, actual: count.version },
    });
  }
  return count;
}

type PostLine = {
  id: number;
  part_id: number;
  part_no: string;
  counted: number | null;
  expected: number | null;
  flagged: number | boolean;
};

/**
 * counts/post: every line counted and no duplicate undecided; the variance is counted minus
 * on-hand at this moment, inside the transaction, and each non-zero one becomes one
 * count_variance move (valued at the average cost). Afterwards on-hand equals the count.
 */
export async function postCount(
  trx: Knex.Transaction,
  audit: Audit,
  c: Closing,
): Promise<CountReview> {
  const count = await mustFindCount(trx, c.countId);
  if (count.status !== 'open') throw notOpen(count);
  const lines = (await trx('stock_count_lines as l')
    .join('parts as p', 'p.id', 'l.part_id')
    .where('l.count_id', c.countId)
    .orderBy('p.part_no')
    .select(
      'l.id',
      'l.part_id',
      'p.part_no',
      'l.counted',
      'l.expected',
      'l.flagged',
    )) as PostLine[];
  const uncounted = lines.filter((l) => l.counted === null).map((l) => l.part_no);
  const flagged = lines.filter((l) => bool(l.flagged)).map((l) => l.part_no);
  const incomplete = incompleteRefusal(count, uncounted, flagged);
  if (incomplete) {
    throw refusalError(incomplete, { countId: c.countId, uncounted, flagged });
  }
  await claim(trx, c, { status: 'posted', posted_by: c.staffId, posted_at: c.at.toISOString() });
  const posted: { partNo: string; expected: number; counted: number; moveId: number | null }[] = [];
  for (const l of lines) {
    // The shelf against the books when the line was counted; moves since then stand.
    const counted = l.counted ?? 0;
    const expected = Number(l.expected ?? 0);
    const variance = counted - expected;
    const move =
      variance === 0
        ? null
        : await postMove(trx, audit, {
            partId: l.part_id,
            kind: 'count_variance',
            quantity: variance,
            refType: 'stock_count',
            refId: c.countId,
            note: `Count #${c.countId} ${scopeLabel(count.scope)}`.slice(0, 200),
            createdBy: c.staffId,
            at: c.at,
          });
    await trx('stock_count_lines')
      .where({ id: l.id })
      .update({ expected, variance, stock_move_id: move?.id ?? null, open_part_id: null });
    posted.push({ partNo: l.part_no, expected, counted, moveId: move?.id ?? null });
  }
  await audit({ entity: 'stock_count', entityId: c.countId, action: 'post', after: posted });
  return reviewCount(trx, c.countId);
}

/** counts/cancel: the count is dropped, nothing is posted, its entries stay in the log. */
export async function cancelCount(
  trx: Knex.Transaction,
  audit: Audit,
  c: Closing & { reason: string },
): Promise<StockCount> {
  await claim(trx, c, {
    status: 'cancelled',
    cancelled_by: c.staffId,
    cancelled_at: c.at.toISOString(),
    cancel_reason: c.reason,
  });
  await trx('stock_count_lines').where({ count_id: c.countId }).update({ open_part_id: null });
  await audit({
    entity: 'stock_count',
    entityId: c.countId,
    action: 'cancel',
    after: { reason: c.reason },
  });
  return mustFindCount(trx, c.countId);
}
