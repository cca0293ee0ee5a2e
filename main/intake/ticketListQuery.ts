import type { Knex } from 'knex';
import { addDays } from './civilDate';
import { isOverdue, whereOverdue } from './overdue';
import { bool } from './rows';
import { startOfLocalDay } from './zonedTime';

// One page of the tickets list, newest first, by keyset (reported_at, id): every filter is a
// leading column of an index that ends in reported_at, so a page costs the same at row 10 or
// row 1,000,000. Several statuses run as one indexed query each, merged here, instead of a
// sort over every matching row.

export type TicketListRow = {
  id: number;
  reportNo: string;
  reportedAt: string;
  status: string;
  channel: string;
  customerName: string;
  serial: string;
  modelCode: string;
  modelNameEn: string;
  modelNameZh: string;
  stationCode: string;
  emergency: boolean;
  warrantyStatus: string;
  responseDueAt: string | null;
  onSiteDueAt: string | null;
  /** Policy 2 promise missed: shown so it stands out in every list. */
  overdue: boolean;
  repeatOfTicketId: number | null;
};

export type ListFilter = {
  status?: string[];
  stationId?: number;
  warrantyStatus?: string;
  emergency?: boolean;
  overdue?: boolean;
  reportedFrom?: string;
  reportedTo?: string;
  customerId?: number;
  unitId?: number;
  after?: { reportedAt: string; id: number };
  limit: number;
};

const COLUMNS = [
  't.id',
  't.report_no',
  't.reported_at',
  't.status',
  't.channel',
  't.emergency',
  't.warranty_status',
  't.response_due_at',
  't.responded_at',
  't.onsite_due_at',
  't.onsite_at',
  't.completed_at',
  't.repeat_of_ticket_id',
  'c.name as customer_name',
  'u.serial',
  'm.code as model_code',
  'm.name_en as model_name_en',
  'm.name_zh as model_name_zh',
  's.code as station_code',
];

type ListDbRow = {
  id: number;
  report_no: string;
  reported_at: string;
  status: string;
  channel: string;
  emergency: number | boolean;
  warranty_status: string;
  response_due_at: string | null;
  responded_at: string | null;
  onsite_due_at: string | null;
  onsite_at: string | null;
  completed_at: string | null;
  repeat_of_ticket_id: number | null;
  customer_name: string;
  serial: string;
  model_code: string;
  model_name_en: string;
  model_name_zh: string;
  station_code: string;
};

function pageQuery(db: Knex, f: ListFilter, status: string | null, now: string, tz: string) {
  const q = db('tickets as t')
    .join('customers as c', 'c.id', 't.customer_id')
    .join('units as u', 'u.id', 't.unit_id')
    .join('product_models as m', 'm.id', 'u.model_id')
    .join('repair_stations as s', 's.id', 't.station_id')
    .select<ListDbRow[]>(COLUMNS)
    .orderBy([
      { column: 't.reported_at', order: 'desc' },
      { column: 't.id', order: 'desc' },
    ])
    .limit(f.limit + 1);
  if (status !== null) void q.where('t.status', status);
  if (f.stationId) void q.where('t.station_id', f.stationId);
  if (f.warrantyStatus) void q.where('t.warranty_status', f.warrantyStatus);
  if (f.emergency !== undefined) void q.where('t.emergency', f.emergency);
  if (f.customerId) void q.where('t.customer_id', f.customerId);
  if (f.unitId) void q.where('t.unit_id', f.unitId);
  if (f.overdue) whereOverdue(q, now);
  if (f.reportedFrom)
    void q.where('t.reported_at', '>=', startOfLocalDay(f.reportedFrom, tz).toISOString());
  if (f.reportedTo)
    void q.where('t.reported_at', '<', startOfLocalDay(addDays(f.reportedTo, 1), tz).toISOString());
  const after = f.after;
  if (after) {
    void q.where((w) =>
      w
        .where('t.reported_at', '<', after.reportedAt)
        .orWhere((e) => e.where('t.reported_at', after.reportedAt).where('t.id', '<', after.id)),
    );
  }
  return q;
}

export async function listTickets(db: Knex, f: ListFilter, now: string, tz: string) {
  const statuses = f.status?.length ? [...new Set(f.status)] : [null];
  const found: ListDbRow[] = [];
  for (const status of statuses) found.push(...(await pageQuery(db, f, status, now, tz)));
  if (statuses.length > 1) {
    found.sort((a, b) =>
      a.reported_at === b.reported_at ? b.id - a.id : a.reported_at < b.reported_at ? 1 : -1,
    );
  }
  const page = found.slice(0, f.limit);
  const last = page.at(-1);
  return {
    rows: page.map((r) => toListRow(r, now)),
    nextCursor: found.length > f.limit && last ? `${last.reported_at}|${last.id}` : null,
  };
}

function toListRow(r: ListDbRow, now: string): TicketListRow {
  return {
    id: r.id,
    reportNo: r.report_no,
    reportedAt: r.reported_at,
    status: r.status,
    channel: r.channel,
    customerName: r.customer_name,
    serial: r.serial,
    modelCode: r.model_code,
    modelNameEn: r.model_name_en,
    modelNameZh: r.model_name_zh,
    stationCode: r.station_code,
    emergency: bool(r.emergency),
    warrantyStatus: r.warranty_status,
    responseDueAt: r.response_due_at,
    onSiteDueAt: r.onsite_due_at,
    overdue: isOverdue(r, now),
    repeatOfTicketId: r.repeat_of_ticket_id,
  };
}

/** List rows for these tickets, in the order of `ids` (quick search results). */
export async function ticketRowsByIds(
  db: Knex,
  ids: number[],
  now: string,
): Promise<TicketListRow[]> {
  if (ids.length === 0) return [];
  const rows = await db('tickets as t')
    .join('customers as c', 'c.id', 't.customer_id')
    .join('units as u', 'u.id', 't.unit_id')
    .join('product_models as m', 'm.id', 'u.model_id')
    .join('repair_stations as s', 's.id', 't.station_id')
    .select<ListDbRow[]>(COLUMNS)
    .whereIn('t.id', ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toListRow(row, now)] : [];
  });
}
