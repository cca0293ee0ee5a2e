import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { refuse } from '../contract/errors';

// Which product models a part fits (part_models, issue 11 item 5), kept from the part's detail
// in the stockroom. A part picker lists the parts that fit the ticket's model first.

export type FitModel = { id: number; code: string; nameEn: string; nameZh: string };

export async function partModels(db: Knex | Knex.Transaction, partId: number): Promise<FitModel[]> {
  const rows: { id: number; code: string; name_en: string; name_zh: string }[] = await db(
    'part_models as pm',
  )
    .join('product_models as m', 'm.id', 'pm.model_id')
    .where('pm.part_id', partId)
    .orderBy('m.code')
    .select('m.id', 'm.code', 'm.name_en', 'm.name_zh');
  return rows.map((r) => ({ id: r.id, code: r.code, nameEn: r.name_en, nameZh: r.name_zh }));
}

/** The active models a part may be said to fit, by code: the stockroom's choices. */
export async function modelChoices(db: Knex): Promise<FitModel[]> {
  const rows: { id: number; code: string; name_en: string; name_zh: string }[] = await db(
    'product_models',
  )
    .where({ active: true })
    .orderBy('code')
    .select('id', 'code', 'name_en', 'name_zh');
  return rows.map((r) => ({ id: r.id, code: r.code, nameEn: r.name_en, nameZh: r.name_zh }));
}

/** Replaces the models a part fits; the audit keeps the sets before and after. */
export async function setPartModels(
  trx: Knex.Transaction,
  audit: Audit,
  input: { partId: number; modelIds: readonly number[]; by: number; at: string },
): Promise<void> {
  const part: { id: number } | undefined = await trx('parts')
    .where({ id: input.partId })
    .first('id');
  if (!part) {
    throw refuse('NOT_FOUND', 'stock.partNotFound', {
      params: { id: input.partId },
      field: 'partId',
      message: `partId: no part #${input.partId}`,
    });
  }
  const wanted = [...new Set(input.modelIds)].sort((a, b) => a - b);
  const known: { id: number }[] = wanted.length
    ? await trx('product_models').whereIn('id', wanted).select('id')
    : [];
  const missing = wanted.find((id) => !known.some((k) => k.id === id));
  if (missing !== undefined) {
    throw refuse('NOT_FOUND', 'intake.modelNotFound', {
      params: { id: missing },
      field: 'modelIds',
      message: `modelIds: unknown product model #${missing}`,
    });
  }
  const before = (await partModels(trx, input.partId)).map((m) => m.id);
  if (before.join() === wanted.join()) return;
  await trx('part_models').where({ part_id: input.partId }).delete();
  if (wanted.length) {
    await trx('part_models').insert(
      wanted.map((modelId) => ({
        part_id: input.partId,
        model_id: modelId,
        created_by: input.by,
        created_at: input.at,
      })),
    );
  }
  await audit({
    entity: 'part',
    entityId: input.partId,
    action: 'setModels',
    before: { modelIds: before },
    after: { modelIds: wanted },
  });
}
