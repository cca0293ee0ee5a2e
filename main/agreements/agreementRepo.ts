import type { Knex } from 'knex';
import { bool } from '../intake/rows';

// Per-customer warranty agreements (policy 2: "a separate agreement"): the rows and their reads.

type Db = Knex | Knex.Transaction;

/** What an agreement covers: one model, every model of one product type, or every unit. */
export type AgreementScope =
  | { kind: 'model'; modelId: number; code: string }
  | { kind: 'type'; typeId: number; code: string }
  | { kind: 'all' };

export type WarrantyAgreement = {
  id: number;
  referenceNo: string;
  customerId: number;
  customerName: string;
  scope: AgreementScope;
  warrantyMonths: number;
  /** The first and last day in force (inclusive, the depot's local days); validTo null: open-ended. */
  validFrom: string;
  validTo: string | null;
  note: string | null;
  /** False once withdrawn before it ever applied (ended before its first day). */
  active: boolean;
  endReason: string | null;
  endedAt: string | null;
  version: number;
};

type Row = {
  id: number;
  reference_no: string;
  customer_id: number;
  customer_name: string;
  product_type_id: number | null;
  type_code: string | null;
  product_model_id: number | null;
  model_code: string | null;
  warranty_months: number;
  valid_from: string;
  valid_to: string | null;
  note: string | null;
  active: number | boolean;
  end_reason: string | null;
  ended_at: string | null;
  version: number;
};

function scopeOf(r: Row): AgreementScope {
  if (r.product_model_id !== null)
    return { kind: 'model', modelId: r.product_model_id, code: r.model_code ?? '' };
  if (r.product_type_id !== null)
    return { kind: 'type', typeId: r.product_type_id, code: r.type_code ?? '' };
  return { kind: 'all' };
}

const toAgreement = (r: Row): WarrantyAgreement => ({
  id: r.id,
  referenceNo: r.reference_no,
  customerId: r.customer_id,
  customerName: r.customer_name,
  scope: scopeOf(r),
  warrantyMonths: r.warranty_months,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  note: r.note,
  active: bool(r.active),
  endReason: r.end_reason,
  endedAt: r.ended_at,
  version: r.version,
});

function agreementQuery(db: Db) {
  return db('warranty_agreements as a')
    .join('customers as c', 'c.id', 'a.customer_id')
    .leftJoin('product_types as t', 't.id', 'a.product_type_id')
    .leftJoin('product_models as m', 'm.id', 'a.product_model_id')
    .select<Row[]>(
      'a.id',
      'a.reference_no',
      'a.customer_id',
      'c.name as customer_name',
      'a.product_type_id',
      't.code as type_code',
      'a.product_model_id',
      'm.code as model_code',
      'a.warranty_months',
      'a.valid_from',
      'a.valid_to',
      'a.note',
      'a.active',
      'a.end_reason',
      'a.ended_at',
      'a.version',
    );
}

export async function findAgreement(db: Db, id: number): Promise<WarrantyAgreement | null> {
  const row = await agreementQuery(db).where('a.id', id).first();
  return row ? toAgreement(row) : null;
}

/**
 * Agreements by customer and first day; `current` keeps those active and not ended before
 * `today` (those starting later included, so a signed agreement shows before it applies).
 */
export async function listAgreements(
  db: Db,
  filter: { customerId?: number; current: boolean; today: string },
): Promise<WarrantyAgreement[]> {
  const q = agreementQuery(db).orderBy([{ column: 'c.name' }, { column: 'a.valid_from' }]);
  if (filter.customerId !== undefined) void q.where('a.customer_id', filter.customerId);
  if (filter.current) {
    void q
      .where('a.active', true)
      .where((w) => void w.whereNull('a.valid_to').orWhere('a.valid_to', '>=', filter.today));
  }
  return (await q.limit(500)).map(toAgreement);
}

/**
 * The customer's active agreements in force on `date` that cover this model (any scope), the
 * one that applies first.
 */
export async function agreementsInForce(
  db: Db,
  args: { customerId: number; modelId: number; typeId: number; date: string },
): Promise<WarrantyAgreement[]> {
  const rows = await agreementQuery(db)
    .where('a.customer_id', args.customerId)
    .where('a.active', true)
    .where('a.valid_from', '<=', args.date)
    .where((w) => void w.whereNull('a.valid_to').orWhere('a.valid_to', '>=', args.date))
    .where(
      (w) =>
        void w
          .where('a.product_model_id', args.modelId)
          .orWhere(
            (t) => void t.where('a.product_type_id', args.typeId).whereNull('a.product_model_id'),
          )
          .orWhere(
            (all) => void all.whereNull('a.product_type_id').whereNull('a.product_model_id'),
          ),
    )
    // The choice is the first row: narrowest scope (model, type, all), then the latest first
    // day, then the highest id, so even overlapping agreements give one answer every time.
    .orderByRaw(
      'CASE WHEN a.product_model_id IS NOT NULL THEN 0 WHEN a.product_type_id IS NOT NULL THEN 1 ELSE 2 END',
    )
    .orderBy([
      { column: 'a.valid_from', order: 'desc' },
      { column: 'a.id', order: 'desc' },
    ]);
  return rows.map(toAgreement);
}

/**
 * The customer's active agreement with exactly this scope whose days overlap these (validTo
 * null: open-ended), if any: create and merge refuse to add a second one.
 */
export async function overlappingAgreement(
  db: Db,
  args: {
    customerId: number;
    productTypeId: number | null;
    productModelId: number | null;
    validFrom: string;
    validTo: string | null;
  },
): Promise<{ id: number; referenceNo: string } | null> {
  const row: { id: number; reference_no: string } | undefined = await db('warranty_agreements')
    .where({
      customer_id: args.customerId,
      product_type_id: args.productTypeId,
      product_model_id: args.productModelId,
      active: true,
    })
    .where((w) => void w.whereNull('valid_to').orWhere('valid_to', '>=', args.validFrom))
    .modify((q) => {
      if (args.validTo !== null) void q.where('valid_from', '<=', args.validTo);
    })
    .orderBy('id')
    .first('id', 'reference_no');
  return row ? { id: row.id, referenceNo: row.reference_no } : null;
}
