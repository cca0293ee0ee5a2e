import type { Knex } from 'knex';
import { bool } from '../intake/rows';
import { mustFindBenchTicket } from './ticketAccess';

// The test and inspection checklist (issue 5, item 3; policy 3.3: after the repair the unit is
// tested fully). Each product type may have its own list; a type without active items of its
// own uses the default list. The latest result of each item counts, and only results recorded
// since the ticket last went into testing: a pass from before a further repair proves nothing
// about the unit as it is now. Every active item must pass before the unit is ready for pickup.

export type ChecklistItem = {
  id: number;
  /** Null for the default list. */
  productTypeId: number | null;
  code: string;
  labelEn: string;
  labelZh: string;
  sort: number;
  active: boolean;
};

export type Checklist = {
  productTypeId: number | null;
  /** Whether the type has a list of its own or uses the default list. */
  source: 'type' | 'default';
  items: ChecklistItem[];
};

export type CheckResult = 'pass' | 'fail';

export type ChecklistLine = ChecklistItem & {
  /** The latest result's row, which a new result must name (no silent overwrite). */
  checkId: number | null;
  result: CheckResult | null;
  note: string | null;
  by: { id: number; name: string } | null;
  at: string | null;
};

export type ChecklistStatus = {
  passed: boolean;
  /** Codes of items whose latest result is a fail. */
  failing: string[];
  /** Codes of items not tested (in this round of testing). */
  missing: string[];
};

export type TicketChecklist = ChecklistStatus & {
  source: Checklist['source'];
  items: ChecklistLine[];
};

type Db = Knex | Knex.Transaction;

type ItemRow = {
  id: number;
  product_type_id: number | null;
  code: string;
  label_en: string;
  label_zh: string;
  sort: number;
  active: number | boolean;
};

function toItem(r: ItemRow): ChecklistItem {
  return {
    id: r.id,
    productTypeId: r.product_type_id,
    code: r.code,
    labelEn: r.label_en,
    labelZh: r.label_zh,
    sort: r.sort,
    active: bool(r.active),
  };
}

/** Every item of one list (a type's own, or the default list for null), active or not. */
export async function listItems(db: Db, productTypeId: number | null): Promise<ChecklistItem[]> {
  const q = db('checklist_items').orderBy([{ column: 'sort' }, { column: 'id' }]);
  if (productTypeId === null) void q.whereNull('product_type_id');
  else void q.where({ product_type_id: productTypeId });
  return ((await q.select('*')) as ItemRow[]).map(toItem);
}

/** The active checklist a product type is tested with. */
export async function checklistFor(db: Db, productTypeId: number | null): Promise<Checklist> {
  if (productTypeId !== null) {
    const own = (await listItems(db, productTypeId)).filter((i) => i.active);
    if (own.length > 0) return { productTypeId, source: 'type', items: own };
  }
  const items = (await listItems(db, null)).filter((i) => i.active);
  return { productTypeId, source: 'default', items };
}

type CheckRow = {
  id: number;
  item_id: number;
  result: CheckResult;
  note: string | null;
  created_by: number;
  display_name: string;
  created_at: string;
};

/** When the ticket last went into testing (null if it never did through the lifecycle). */
async function testingSince(db: Db, ticketId: number): Promise<string | null> {
  const row = (await db('ticket_transitions')
    .where({ ticket_id: ticketId, to_status: 'testing' })
    .orderBy('id', 'desc')
    .first('created_at')) as { created_at: string } | undefined;
  return row?.created_at ?? null;
}

export async function ticketChecklist(db: Db, ticketId: number): Promise<TicketChecklist> {
  const ticket = await mustFindBenchTicket(db, ticketId);
  const list = await checklistFor(db, ticket.productTypeId);
  const since = await testingSince(db, ticketId);
  const q = db('ticket_checks as c')
    .join('staff as s', 's.id', 'c.created_by')
    .where('c.ticket_id', ticketId)
    .orderBy('c.id')
    .select(
      'c.id',
      'c.item_id',
      'c.result',
      'c.note',
      'c.created_by',
      's.display_name',
      'c.created_at',
    );
  if (since !== null) void q.where('c.created_at', '>=', since);
  const latest = new Map<number, CheckRow>();
  for (const row of (await q) as CheckRow[]) latest.set(row.item_id, row);
  const items = list.items.map((item): ChecklistLine => {
    const check = latest.get(item.id);
    return {
      ...item,
      checkId: check?.id ?? null,
      result: check?.result ?? null,
      note: check?.note ?? null,
      by: check ? { id: check.created_by, name: check.display_name } : null,
      at: check?.created_at ?? null,
    };
  });
  const failing = items.filter((i) => i.result === 'fail').map((i) => i.code);
  const missing = items.filter((i) => i.result === null).map((i) => i.code);
  return {
    source: list.source,
    items,
    passed: failing.length === 0 && missing.length === 0,
    failing,
    missing,
  };
}

/** Whether every active item of the ticket's checklist passed (policy 3.3). */
export async function checklistStatus(db: Db, ticketId: number): Promise<ChecklistStatus> {
  const { passed, failing, missing } = await ticketChecklist(db, ticketId);
  return { passed, failing, missing };
}
