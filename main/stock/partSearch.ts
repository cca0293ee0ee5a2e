import type { Knex } from 'knex';
import { refuse } from '../contract/errors';
import { partsQuery, toPart, type Part } from './partRepo';

// Finding a part wherever one is picked (issue 11, item 5): by part number, by its English or
// Chinese name, or by the product model it fits. Plain LIKE through the query builder, so it runs
// on any database knex speaks; only main/search's FTS module may use SQLite's own SQL.

/** A part as a picker lists it: `fits` when it fits the model in hand (part_models). */
export type PartHit = Part & { fits: boolean };

export type PartSearch = {
  /** Part number prefix, name substring (either language) or model code prefix; may be empty. */
  q: string;
  /** The model in hand (the ticket's unit): its parts come first, marked. */
  modelId: number | null;
  includeInactive: boolean;
  limit: number;
};

/** LIKE's wildcards typed by the user match themselves (`escape '\'`). */
export function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The model of a ticket's unit, for "parts that fit this ticket". */
export async function ticketModelId(db: Knex, ticketId: number): Promise<number> {
  const row: { model_id: number } | undefined = await db('tickets as t')
    .join('units as u', 'u.id', 't.unit_id')
    .where('t.id', ticketId)
    .first('u.model_id');
  if (!row) {
    throw refuse('NOT_FOUND', 'intake.ticketNotFound', {
      params: { id: ticketId },
      field: 'ticketId',
      message: `ticketId: no ticket #${ticketId}`,
    });
  }
  return row.model_id;
}

type Row = Parameters<typeof toPart>[0] & { fits: number | null };

/**
 * Parts matching the text: the part numbered exactly so, then those that fit the model, then
 * those whose number starts with the text, then by part number. With no text, the parts that fit the model (or the first parts
 * by number when there is no model either).
 */
export async function searchParts(db: Knex, s: PartSearch): Promise<PartHit[]> {
  const text = s.q.trim();
  const prefix = `${likeEscaped(text.toUpperCase())}%`;
  const inside = `%${likeEscaped(text.toLowerCase())}%`;
  // The fit to the model in hand, if any: a left join leaves `fits` null for the others.
  const q = partsQuery(db);
  if (s.modelId !== null) {
    const modelId = s.modelId;
    void q
      .leftJoin('part_models as fit', (j) =>
        j.on('fit.part_id', 'p.id').andOnVal('fit.model_id', modelId),
      )
      .select('fit.model_id as fits');
  } else {
    void q.select(db.raw('null as fits'));
  }
  if (text) {
    void q.where((w) =>
      w
        .whereRaw(`p.part_no like ? escape '\\'`, [prefix])
        .orWhereRaw(`lower(p.name_en) like ? escape '\\'`, [inside])
        .orWhereRaw(`p.name_zh like ? escape '\\'`, [inside])
        // A model code finds the parts that fit it ("WM-80").
        .orWhereExists(
          db('part_models as pm')
            .join('product_models as m', 'm.id', 'pm.model_id')
            .where('pm.part_id', db.ref('p.id'))
            .andWhereRaw(`upper(m.code) like ? escape '\\'`, [prefix])
            .select(db.raw('1')),
        ),
    );
  } else if (s.modelId !== null) {
    void q.whereNotNull('fit.model_id');
  }
  if (!s.includeInactive) void q.where('p.active', true);
  // A number typed or scanned in full is that part, whatever else fits.
  void q.orderByRaw('case when p.part_no = ? then 0 else 1 end', [text.toUpperCase()]);
  // Then the parts that fit the model (by the joined column: PostgreSQL does not read an output
  // alias inside an ORDER BY expression).
  if (s.modelId !== null) void q.orderByRaw('case when fit.model_id is null then 1 else 0 end');
  void q
    .orderByRaw(`case when p.part_no like ? escape '\\' then 0 else 1 end`, [prefix])
    .orderBy('p.part_no')
    .limit(s.limit);
  const rows = (await q) as Row[];
  return rows.map((r) => ({ ...toPart(r), fits: r.fits !== null }));
}
