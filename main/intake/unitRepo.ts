import type { Knex } from 'knex';
import { findModel, type ProductModel } from './catalogueRepo';
import { findCustomer, type Customer } from './customerRepo';
import { insertedId } from './rows';
import { newTicketOffer, type OpenTicket } from './unitOpenTicket';
import type { Offer } from '../contract/offer';

export type Unit = {
  id: number;
  modelId: number;
  serial: string;
  invoiceDate: string | null;
  invoiceNo: string | null;
  seller: string | null;
  customerId: number | null;
  version: number;
};

export type TicketHistoryItem = {
  id: number;
  reportNo: string;
  reportedAt: string;
  status: string;
  warrantyStatus: string;
  faultDescription: string;
  completedAt: string | null;
};

/** What the intake desk sees when a known serial is scanned. */
export type UnitRecord = {
  unit: Unit;
  model: ProductModel;
  customer: Customer | null;
  tickets: TicketHistoryItem[];
  /** Its ticket still open, if any: a new registration waits until it is done. */
  openTicket: OpenTicket | null;
  /** Whether tickets/create would take a new ticket for this unit, and if not, why. */
  newTicket: Offer;
};

type UnitRow = {
  id: number;
  model_id: number;
  serial: string;
  invoice_date: string | null;
  invoice_no: string | null;
  seller: string | null;
  customer_id: number | null;
  version: number;
};

const toUnit = (r: UnitRow): Unit => ({
  id: r.id,
  modelId: r.model_id,
  serial: r.serial,
  invoiceDate: r.invoice_date,
  invoiceNo: r.invoice_no,
  seller: r.seller,
  customerId: r.customer_id,
  version: r.version,
});

export async function findUnit(db: Knex, id: number): Promise<Unit | null> {
  const row: UnitRow | undefined = await db('units').where({ id }).first();
  return row ? toUnit(row) : null;
}

export async function findUnitBySerial(
  db: Knex,
  modelId: number,
  serial: string,
): Promise<Unit | null> {
  const row: UnitRow | undefined = await db('units').where({ model_id: modelId, serial }).first();
  return row ? toUnit(row) : null;
}

export async function insertUnit(
  trx: Knex.Transaction,
  u: Omit<Unit, 'id' | 'version'>,
  at: string,
): Promise<number> {
  const [row] = await trx('units')
    .insert({
      model_id: u.modelId,
      serial: u.serial,
      invoice_date: u.invoiceDate,
      invoice_no: u.invoiceNo,
      seller: u.seller,
      customer_id: u.customerId,
      created_at: at,
      updated_at: at,
    })
    .returning('id');
  return insertedId(row);
}

export async function ticketHistory(
  db: Knex,
  unitId: number,
  limit = 50,
): Promise<TicketHistoryItem[]> {
  const rows = await db('tickets')
    .where({ unit_id: unitId })
    .orderBy([
      { column: 'reported_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(limit)
    .select(
      'id',
      'report_no',
      'reported_at',
      'status',
      'warranty_status',
      'fault_description',
      'completed_at',
    );
  return rows.map((r) => ({
    id: r.id,
    reportNo: r.report_no,
    reportedAt: r.reported_at,
    status: r.status,
    warrantyStatus: r.warranty_status,
    faultDescription: r.fault_description,
    completedAt: r.completed_at,
  }));
}

export async function unitRecord(db: Knex, unit: Unit): Promise<UnitRecord> {
  const [model, customer, tickets, offer] = await Promise.all([
    findModel(db, unit.modelId),
    unit.customerId === null ? null : findCustomer(db, unit.customerId),
    ticketHistory(db, unit.id),
    newTicketOffer(db, unit),
  ]);
  return { unit, model: model!, customer, tickets, ...offer };
}

/** Every unit carrying this serial (normally one; the same serial may exist on two models). */
export async function lookupSerial(db: Knex, serial: string): Promise<UnitRecord[]> {
  const rows: UnitRow[] = await db('units').where({ serial }).orderBy('id');
  const records: UnitRecord[] = [];
  for (const row of rows) records.push(await unitRecord(db, toUnit(row)));
  return records;
}
