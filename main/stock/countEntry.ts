import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { refuse, type DepotError } from '../contract/errors';
import { refusalError, roleRefusal, type Refusal } from '../contract/offer';
import type { Actor } from '../contract/roles';
import { STOCK_WRITE } from './access';
import { bool } from '../intake/rows';
import { mustFindCount, type StockCount } from './countRepo';
import { scopeLabel, type CountScope } from './countScope';

// What counters record in a blind count (policy 5.2). The first entry for a part is its count;
// a second one is never added to it (a double scan would otherwise invent stock): it is kept in
// the log as a duplicate and the line is flagged until someone decides (counts/resolve).

export type EntryResult = {
  status: 'counted' | 'flagged';
  countId: number;
  partId: number;
  partNo: string;
  /** The line's counted quantity after this entry (unchanged when flagged). */
  counted: number | null;
  flagged: boolean;
};

/** Why a count takes no more changes (entries, posting, cancelling): it is no longer open. */
export function notOpenRefusal(count: StockCount): Refusal | null {
  return count.status === 'open' ? null : closedRefusal(count);
}

/** A count found closed (as read, or by the change that found it no longer open). */
function closedRefusal(count: StockCount): Refusal {
  if (count.status === 'posted') {
    const name = count.postedBy?.name ?? '?';
    return {
      code: 'CONFLICT',
      reason: 'stock.countPosted',
      params: { id: count.id, name },
      message: `Count #${count.id} already posted by ${name}; nothing changed.`,
    };
  }
  return {
    code: 'CONFLICT',
    reason: 'stock.countCancelled',
    params: { id: count.id },
    message: `Count #${count.id} was cancelled; nothing changed.`,
  };
}

/** Recording an entry, as counts/record refuses it: the stockroom's, while the count is open. */
export function recordEntryRefusal(count: StockCount, actor: Actor): Refusal | null {
  return roleRefusal(actor, 'record stock counts', STOCK_WRITE) ?? notOpenRefusal(count);
}

/** Refusing a change to a count that is no longer open. */
export function notOpen(count: StockCount): DepotError {
  return refusalError(closedRefusal(count), { countId: count.id, status: count.status });
}

/**
 * Bumps an open count's version (each entry changes what a supervisor reviews) and returns
 * its scope. The check and the change are one statement, so an entry never lands in a count
 * that is being posted.
 */
export async function touchOpenCount(trx: Knex.Transaction, countId: number): Promise<CountScope> {
  const changed = await trx('stock_counts')
    .where({ id: countId, status: 'open' })
    .update({ version: trx.raw('version + 1') });
  const count = await mustFindCount(trx, countId);
  if (changed !== 1) throw notOpen(count);
  return count.scope;
}

type LineRow = { id: number; counted: number | null; flagged: number | boolean };

/** On-hand as the books say at this moment (the count line's expected quantity). */
async function booksNow(trx: Knex.Transaction, partId: number): Promise<number> {
  const level = (await trx('stock_levels').where({ part_id: partId }).first('on_hand')) as
    { on_hand: number } | undefined;
  return Number(level?.on_hand ?? 0);
}

type Entry = {
  countId: number;
  partNo: string;
  quantity: number;
  source: 'scan' | 'typed';
  staffId: number;
  at: Date;
};

/** counts/record: the first entry sets the count; any later one is logged and flags the line. */
export async function recordEntry(
  trx: Knex.Transaction,
  audit: Audit,
  e: Entry,
): Promise<EntryResult> {
  const scope = await touchOpenCount(trx, e.countId);
  const part = (await trx('parts').where({ part_no: e.partNo }).first('id')) as
    { id: number } | undefined;
  if (!part) {
    throw refuse('NOT_FOUND', 'stock.partNoNotFound', {
      params: { partNo: e.partNo },
      field: 'partNo',
      message: `partNo: No part ${e.partNo}`,
    });
  }
  const line = (await trx('stock_count_lines')
    .where({ count_id: e.countId, part_id: part.id })
    .first('id', 'counted', 'flagged')) as LineRow | undefined;
  if (!line) {
    // The count's scope was fixed at start; a part found elsewhere belongs to another count.
    throw refuse('RULE', 'stock.partNotInCount', {
      params: { partNo: e.partNo, id: e.countId },
      field: 'partNo',
      message: `partNo: Part ${e.partNo} is not in ${scopeLabel(scope)} (count #${e.countId}); count it in a count of its own ${scope.kind}`,
      details: { countId: e.countId },
    });
  }
  const at = e.at.toISOString();
  // Conditional, so two counters scanning the same part at once cannot both set it. The books
  // are read at the same moment: the variance is the shelf against the books *then*, so a move
  // made after the count (an issue, a delivery) is kept when the count is posted.
  const first = await trx('stock_count_lines')
    .where({ id: line.id })
    .whereNull('counted')
    .update({
      counted: e.quantity,
      counted_by: e.staffId,
      counted_at: at,
      expected: await booksNow(trx, part.id),
    });
  const duplicate = first !== 1;
  if (duplicate) await trx('stock_count_lines').where({ id: line.id }).update({ flagged: true });
  await trx('stock_count_entries').insert({
    count_id: e.countId,
    part_id: part.id,
    quantity: e.quantity,
    source: e.source,
    duplicate,
    entered_by: e.staffId,
    entered_at: at,
  });
  const status = duplicate ? 'flagged' : 'counted';
  await audit({
    entity: 'stock_count',
    entityId: e.countId,
    action: duplicate ? 'record_duplicate' : 'record',
    after: { partNo: e.partNo, quantity: e.quantity, source: e.source },
  });
  return {
    status,
    countId: e.countId,
    partId: part.id,
    partNo: e.partNo,
    counted: duplicate ? line.counted : e.quantity,
    flagged: duplicate,
  };
}

type Resolution = { countId: number; partId: number; quantity: number; staffId: number; at: Date };

/** counts/resolve: sets a line's count explicitly (after a recount) and clears its flag. */
export async function resolveLine(
  trx: Knex.Transaction,
  audit: Audit,
  r: Resolution,
): Promise<EntryResult> {
  const scope = await touchOpenCount(trx, r.countId);
  const part = (await trx('parts').where({ id: r.partId }).first('id', 'part_no')) as
    { id: number; part_no: string } | undefined;
  if (!part) {
    throw refuse('NOT_FOUND', 'stock.partNotFound', {
      params: { id: r.partId },
      field: 'partId',
      message: `partId: No part #${r.partId}`,
    });
  }
  const line = (await trx('stock_count_lines')
    .where({ count_id: r.countId, part_id: r.partId })
    .first('id', 'counted', 'flagged')) as LineRow | undefined;
  if (!line) {
    throw refuse('RULE', 'stock.partNotInCount', {
      params: { partNo: part.part_no, id: r.countId },
      field: 'partId',
      message: `partId: Part ${part.part_no} is not in ${scopeLabel(scope)} (count #${r.countId})`,
    });
  }
  // Resolving is for a line a second entry flagged; a counted line is not silently recounted.
  if (!bool(line.flagged)) {
    throw refuse('RULE', 'stock.nothingToResolve', {
      params: { partNo: part.part_no, id: r.countId },
      field: 'partId',
      message: `partId: Part ${part.part_no} has no duplicate entry to resolve in count #${r.countId}`,
    });
  }
  const at = r.at.toISOString();
  await trx('stock_count_lines')
    .where({ id: line.id })
    .update({
      counted: r.quantity,
      counted_by: r.staffId,
      counted_at: at,
      flagged: false,
      expected: await booksNow(trx, r.partId),
    });
  await trx('stock_count_entries').insert({
    count_id: r.countId,
    part_id: r.partId,
    quantity: r.quantity,
    source: 'resolve',
    duplicate: false,
    entered_by: r.staffId,
    entered_at: at,
  });
  await audit({
    entity: 'stock_count',
    entityId: r.countId,
    action: 'resolve',
    before: { partNo: part.part_no, counted: line.counted, flagged: bool(line.flagged) },
    after: { partNo: part.part_no, counted: r.quantity, flagged: false },
  });
  return {
    status: 'counted',
    countId: r.countId,
    partId: r.partId,
    partNo: part.part_no,
    counted: r.quantity,
    flagged: false,
  };
}
