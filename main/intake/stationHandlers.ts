import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { DepotError } from '../contract/errors';
import { CATALOGUE_WRITE, INTAKE_READ } from './access';
import { codeSchema, requiredLine } from './fields';
import { bool, insertedId } from './rows';

// Repair stations (維修站點): each ticket belongs to one (issue 3, item 2).

export type Station = { id: number; code: string; nameEn: string; nameZh: string; active: boolean };

type StationRow = {
  id: number;
  code: string;
  name_en: string;
  name_zh: string;
  active: number | boolean;
};
const toStation = (r: StationRow): Station => ({
  id: r.id,
  code: r.code,
  nameEn: r.name_en,
  nameZh: r.name_zh,
  active: bool(r.active),
});

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
      })
      .strict(),
    run: async (ctx, input): Promise<Station> => {
      const id = await ctx.write(async (trx, audit) => {
        if (await trx('repair_stations').where({ code: input.code }).first('id')) {
          throw new DepotError('CONFLICT', `Station code "${input.code}" is already used.`, {
            field: 'code',
          });
        }
        const at = ctx.now().toISOString();
        const [row] = await trx('repair_stations')
          .insert({
            code: input.code,
            name_en: input.nameEn,
            name_zh: input.nameZh,
            created_at: at,
            updated_at: at,
          })
          .returning('id');
        const newId = insertedId(row);
        await audit({ entity: 'repair_station', entityId: newId, action: 'create', after: input });
        return newId;
      });
      return toStation(await ctx.db('repair_stations').where({ id }).first());
    },
  }),
};
