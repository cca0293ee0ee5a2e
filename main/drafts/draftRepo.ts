import type { Knex } from 'knex';
import type { DraftData, DraftForm } from './draftForms';

// The drafts table (migration 0038): one row per staff member and form. Every function takes
// the staff member's id from the caller's session, never from a request.

export type Draft = {
  form: DraftForm;
  data: DraftData;
  /** When the screen last saved it (UTC ISO-8601). */
  updatedAt: string;
  /** Counts the saves; a new draft starts at 1. */
  version: number;
};

type DraftRow = { form: string; data: string; updated_at: string; version: number };

function toDraft(form: DraftForm, row: DraftRow): Draft {
  return {
    form,
    data: JSON.parse(row.data) as DraftData,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

export async function findDraft(db: Knex, staffId: number, form: DraftForm): Promise<Draft | null> {
  const row: DraftRow | undefined = await db('drafts')
    .where({ staff_id: staffId, form })
    .first('form', 'data', 'updated_at', 'version');
  return row ? toDraft(form, row) : null;
}

/** Creates or replaces the staff member's draft of this form (one statement, either database). */
export async function saveDraft(
  trx: Knex.Transaction,
  draft: { staffId: number; form: DraftForm; data: DraftData; at: string },
): Promise<Draft> {
  const data = JSON.stringify(draft.data);
  const [row]: DraftRow[] = await trx('drafts')
    .insert({ staff_id: draft.staffId, form: draft.form, data, updated_at: draft.at, version: 1 })
    .onConflict(['staff_id', 'form'])
    .merge({ data, updated_at: draft.at, version: trx.raw('?? + 1', ['drafts.version']) })
    .returning(['form', 'data', 'updated_at', 'version']);
  return toDraft(draft.form, row);
}

/** Removes the staff member's draft of this form; true when there was one. */
export async function clearDraft(
  trx: Knex.Transaction,
  staffId: number,
  form: DraftForm,
): Promise<boolean> {
  const removed = await trx('drafts').where({ staff_id: staffId, form }).delete();
  return removed > 0;
}
