import type { Knex } from 'knex';
import { bool } from './rows';

export type ProductType = {
  id: number;
  code: string;
  nameEn: string;
  nameZh: string;
  warrantyMonths: number;
  emergency: boolean;
  /** Policy 4, on-time repair rate: the type's own target in working days; null = the default. */
  turnaroundWorkingDays: number | null;
  active: boolean;
  version: number;
};

export type ProductModel = {
  id: number;
  code: string;
  nameEn: string;
  nameZh: string;
  typeId: number;
  typeCode: string;
  warrantyMonthsOverride: number | null;
  overrideNote: string | null;
  /** The period in force for new tickets: the override if set, else the type's (policy 2). */
  warranty: { warrantyMonths: number; source: 'type' | 'model' };
  emergency: boolean;
  active: boolean;
  version: number;
};

type TypeRow = {
  id: number;
  code: string;
  name_en: string;
  name_zh: string;
  warranty_months: number;
  emergency: number | boolean;
  turnaround_working_days?: number | null;
  active: number | boolean;
  version: number;
};

export const toType = (r: TypeRow): ProductType => ({
  id: r.id,
  code: r.code,
  nameEn: r.name_en,
  nameZh: r.name_zh,
  warrantyMonths: r.warranty_months,
  emergency: bool(r.emergency),
  turnaroundWorkingDays: r.turnaround_working_days ?? null,
  active: bool(r.active),
  version: r.version,
});

const MODEL_COLUMNS = [
  'm.id',
  'm.code',
  'm.name_en',
  'm.name_zh',
  'm.product_type_id',
  'm.warranty_months_override',
  'm.override_note',
  'm.active',
  'm.version',
  't.code as type_code',
  't.warranty_months',
  't.emergency',
];

type ModelRow = Omit<TypeRow, 'code'> & {
  code: string;
  product_type_id: number;
  warranty_months_override: number | null;
  override_note: string | null;
  type_code: string;
};

const toModel = (r: ModelRow): ProductModel => ({
  id: r.id,
  code: r.code,
  nameEn: r.name_en,
  nameZh: r.name_zh,
  typeId: r.product_type_id,
  typeCode: r.type_code,
  warrantyMonthsOverride: r.warranty_months_override,
  overrideNote: r.override_note,
  warranty:
    r.warranty_months_override === null
      ? { warrantyMonths: r.warranty_months, source: 'type' }
      : { warrantyMonths: r.warranty_months_override, source: 'model' },
  emergency: bool(r.emergency),
  active: bool(r.active),
  version: r.version,
});

export function modelQuery(db: Knex) {
  return db('product_models as m')
    .join('product_types as t', 't.id', 'm.product_type_id')
    .select<ModelRow[]>(MODEL_COLUMNS);
}

export async function findModel(db: Knex, id: number): Promise<ProductModel | null> {
  const row = await modelQuery(db).where('m.id', id).first();
  return row ? toModel(row) : null;
}

export async function listModels(
  db: Knex,
  filter: { typeId?: number; codePrefix?: string; includeInactive: boolean },
): Promise<ProductModel[]> {
  const q = modelQuery(db).orderBy('m.code').limit(1000);
  if (filter.typeId) void q.where('m.product_type_id', filter.typeId);
  if (filter.codePrefix)
    void q
      .where('m.code', '>=', filter.codePrefix)
      .where('m.code', '<', `${filter.codePrefix}\uffff`);
  if (!filter.includeInactive) void q.where('m.active', true);
  return (await q).map(toModel);
}

export async function findType(db: Knex, id: number): Promise<ProductType | null> {
  const row: TypeRow | undefined = await db('product_types').where({ id }).first();
  return row ? toType(row) : null;
}
