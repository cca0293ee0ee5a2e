import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { INTAKE_READ, INTAKE_WRITE } from './access';
import { idSchema, serialSchema } from './fields';
import { invoicePatchSchema, recordInvoice } from './unitInvoice';
import { findUnit, lookupSerial, unitRecord, type UnitRecord } from './unitRepo';
import { depotTimeZone, localDate } from './zonedTime';

export const unitHandlers = {
  'units/lookup': defineHandler({
    summary:
      'Finds units by serial number (as scanned): model, owner and ticket history. Empty when new.',
    access: INTAKE_READ,
    input: z.object({ serial: serialSchema }).strict(),
    run: async (ctx, input): Promise<{ serial: string; matches: UnitRecord[] }> => ({
      serial: input.serial,
      matches: await lookupSerial(ctx.db, input.serial),
    }),
  }),

  'units/get': defineHandler({
    summary: 'One unit with its model, owner and ticket history.',
    access: INTAKE_READ,
    input: z.object({ id: idSchema }).strict(),
    run: async (ctx, input): Promise<UnitRecord> => {
      const unit = await findUnit(ctx.db, input.id);
      if (!unit) {
        throw refuse('NOT_FOUND', 'intake.unitNotFound', {
          params: { id: input.id },
          field: 'id',
          message: `No unit #${input.id}.`,
        });
      }
      return unitRecord(ctx.db, unit);
    },
  }),

  'units/update': defineHandler({
    summary:
      "Records a unit's purchase invoice (date, number, seller). Changing a recorded invoice date needs a supervisor.",
    access: INTAKE_WRITE,
    input: invoicePatchSchema.extend({ id: idSchema }),
    run: async (ctx, input): Promise<UnitRecord> => {
      const { id, ...patch } = input;
      await ctx.write((trx, audit) =>
        recordInvoice(trx, audit, id, patch, {
          roles: ctx.actor.roles,
          at: ctx.now().toISOString(),
          today: localDate(ctx.now(), depotTimeZone()),
        }),
      );
      return unitRecord(ctx.db, (await findUnit(ctx.db, id))!);
    },
  }),
};
