import type { Knex } from 'knex';
import { matchTicketIds, writeSearchRows } from './sqliteFts';
import { planQuery, searchRow, type SearchSource } from './searchText';

// Keeps the search index in step with tickets (called inside the writing transaction, so the
// index never disagrees with what was committed) and answers the quick search.

async function sources(
  db: Knex | Knex.Transaction,
  where: { ticketIds?: number[]; customerId?: number; idRange?: [number, number] },
): Promise<SearchSource[]> {
  const query = db('tickets as t')
    .join('units as u', 'u.id', 't.unit_id')
    .join('product_models as m', 'm.id', 'u.model_id')
    .join('customers as c', 'c.id', 't.customer_id')
    .select(
      't.id',
      't.report_no',
      't.customer_id',
      'u.serial',
      'm.code as model_code',
      'c.name as customer_name',
    );
  if (where.ticketIds) void query.whereIn('t.id', where.ticketIds);
  if (where.customerId !== undefined) void query.where('t.customer_id', where.customerId);
  if (where.idRange) void query.whereBetween('t.id', where.idRange);
  const rows: {
    id: number;
    report_no: string;
    customer_id: number;
    serial: string;
    model_code: string;
    customer_name: string;
  }[] = await query;
  const customerIds = [...new Set(rows.map((r) => r.customer_id))];
  const phones = new Map<number, { phone: string; normalised: string }[]>();
  for (let i = 0; i < customerIds.length; i += 5000) {
    const found: { customer_id: number; phone: string; phone_normalised: string }[] = await db(
      'customer_phones',
    )
      .whereIn('customer_id', customerIds.slice(i, i + 5000))
      .select('customer_id', 'phone', 'phone_normalised');
    for (const p of found) {
      phones.set(p.customer_id, [
        ...(phones.get(p.customer_id) ?? []),
        { phone: p.phone, normalised: p.phone_normalised },
      ]);
    }
  }
  return rows.map((r) => ({
    id: r.id,
    reportNo: r.report_no,
    serial: r.serial,
    modelCode: r.model_code,
    customerName: r.customer_name,
    phones: phones.get(r.customer_id) ?? [],
  }));
}

export async function indexTickets(
  db: Knex | Knex.Transaction,
  ticketIds: number[],
): Promise<void> {
  if (ticketIds.length === 0) return;
  await writeSearchRows(db, (await sources(db, { ticketIds })).map(searchRow));
}

/** Bulk indexing of tickets known to have no index rows yet (the scale seeder). */
export async function indexNewTicketRange(
  db: Knex | Knex.Transaction,
  fromId: number,
  toId: number,
): Promise<void> {
  await writeSearchRows(db, (await sources(db, { idRange: [fromId, toId] })).map(searchRow), {
    fresh: true,
  });
}

/** Ticket ids for what was typed, newest first; throws QueryTooShort for an unsearchable query. */
export async function searchTicketIds(
  db: Knex,
  typed: string,
  options: { limit: number; beforeId?: number },
): Promise<number[]> {
  // A whole report number (typed, or scanned from a receipt or label) is answered by its unique
  // index: every report number shares trigrams like "R20" and "-00", which makes the trigram
  // index slow for exactly the query a scanner sends most.
  const reportNo = /^\s*(r\d{4}-\d{6})\s*$/i.exec(typed)?.[1].toUpperCase();
  if (reportNo) {
    const row: { id: number } | undefined = await db('tickets')
      .where({ report_no: reportNo })
      .first('id');
    return row && (!options.beforeId || row.id < options.beforeId) ? [row.id] : [];
  }
  return matchTicketIds(db, planQuery(typed), options);
}
