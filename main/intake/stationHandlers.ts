import type { Knex } from 'knex';
import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { CATALOGUE_WRITE, INTAKE_READ } from './access';
import { codeSchema, idSchema, optionalLine, patchLine, requiredLine } from './fields';
import { bool, insertedId } from './rows';

// Repair stations (維修站點): each ticket belongs to one (issue 3, item 2).

export type Station = {
  id: number;
  code: string;
  nameEn: string;
  nameZh: string;
  address: string | null;
  active: boolean;
  version: number;
};

type StationRow = {
  id: number;
  code: string;
  name_en: string;
  name_zh: string;
  address: string | null;
  active: number | boolean;
  version: number;
};
const toStation = (r: StationRow): Station => ({
  id: r.id,
  code: r.code,
  nameEn: r.name_en,
  nameZh: r.name_zh,
  address: r.address,
  active: bool(r.active),
  version: r.version,
});

async function findStation(db: Knex | Knex.Transaction, id: number): Promise<Station | null> {
  const row = await db('repair_stations').where({ id }).first<StationRow | undefined>();
  return row ? toStation(row) : null;
}

export const stationHandlers = {
  'stations/list': defineHandler({
    summary: 'Repair stations (維修站點), by code.',
    access: INTAKE_READ,
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    run: async (ctx, input): Promise<Station[]> => {
      const q = ctx.db('repair_stations').select<StationRow[]>('*').orderBy('code');
      if (!input.includeInactive) void q.where({ active: true });
      return (await q).map(toStation);
    },
  }),

  'stations/create': defineHandler({
    summary: 'Adds a repair station.',
    access: CATALOGUE_WRITE,
    input: z
      .object({
        code: codeSchema,
        nameEn: requiredLine('English name', 80),
        nameZh: requiredLine('Chinese name', 80),
        address: optionalLine('Address', 300),
      })
      .strict(),
    run: async (ctx, input): Promise<Station> => {
      const id = await ctx.write(async (trx, audit) => {
        if (await trx('repair_stations').where({ code: input.code }).first('id')) {
          throw refuse('CONFLICT', 'intake.stationCodeUsed', {
            params: { code: input.code },
            field: 'code',
            message: `Station code "${input.code}" is already used.`,
          });
        }
        const at = ctx.now().toISOString();
        const [row] = await trx('repair_stations')
          .insert({
            code: input.code,
            name_en: input.nameEn,
            name_zh: input.nameZh,
            address: input.address,
            created_at: at,
            updated_at: at,
          })
          .returning('id');
        const newId = insertedId(row);
        await audit({ entity: 'repair_station', entityId: newId, action: 'create', after: input });
        return newId;
      });
      return (await findStation(ctx.db, id))!;
    },
  }),

  'stations/update': defineHandler({
    summary:
      "Changes a repair station's names, address or active flag at the version you saw. An inactive station takes no new tickets; its tickets stay where they are.",
    access: CATALOGUE_WRITE,
    input: z
      .object({
        id: idSchema,
        version: z.number().int().positive(),
        nameEn: requiredLine('English name', 80).optional(),
        nameZh: requiredLine('Chinese name', 80).optional(),
        address: patchLine('Address', 300),
        active: z.boolean().optional(),
      })
      .strict(),
    run: async (ctx, input): Promise<Station> => {
      await ctx.write(async (trx, audit) => {
        const before = await findStation(trx, input.id);
        if (!before) {
          throw refuse('NOT_FOUND', 'intake.stationNotFound', {
            params: { id: input.id },
            field: 'id',
            message: `id: no repair station #${input.id}`,
          });
        }
        if (before.version !== input.version) {
          throw refuse('CONFLICT', 'core.changedElsewhere', {
            params: { record: before.code },
            message: `Station ${before.code} was changed by someone else; reload and try again.`,
            details: { expected: input.version, actual: before.version },
          });
        }
        await trx('repair_stations')
          .where({ id: input.id })
          .update({
            ...(input.nameEn !== undefined && { name_en: input.nameEn }),
            ...(input.nameZh !== undefined && { name_zh: input.nameZh }),
            ...(input.address !== undefined && { address: input.address }),
            ...(input.active !== undefined && { active: input.active }),
            updated_at: ctx.now().toISOString(),
            version: before.version + 1,
          });
        const after = await findStation(trx, input.id);
        await audit({
          entity: 'repair_station',
          entityId: input.id,
          action: 'update',
          before,
          after,
        });
      });
      return (await findStation(ctx.db, input.id))!;
    },
  }),
};
