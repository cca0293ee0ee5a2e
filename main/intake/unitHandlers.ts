import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { DepotError } from '../contract/errors';
import { INTAKE_READ, INTAKE_WRITE } from './access';
import { idSchema, invoiceDateSchema, patchLine, serialSchema } from './fields';
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
      if (!unit) throw new DepotError('NOT_FOUND', `No unit #${input.id}.`, { field: 'id' });
      return unitRecord(ctx.db, unit);
    },
  }),

  'units/update': defineHandler({
    summary:
      "Records a unit's purchase invoice (date, number, seller). Changing a recorded invoice date needs a supervisor.",
    access: INTAKE_WRITE,
    input: z
      .object({
        id: idSchema,
        version: z.number().int().positive(),
        invoiceDate: invoiceDateSchema.nullable().optional(),
        invoiceNo: patchLine('Invoice number', 40),
        seller: patchLine('Seller', 120),
      })
      .strict(),
    run: async (ctx, input): Promise<UnitRecord> => {
      await ctx.write(async (trx, audit) => {
        const before = await findUnit(trx, input.id);
        if (!before) throw new DepotError('NOT_FOUND', `No unit #${input.id}.`, { field: 'id' });
        if (before.version !== input.version) {
          throw new DepotError(
            'CONFLICT',
            `Unit ${before.serial} was changed by someone else; reload and try again.`,
            {
              expected: input.version,
              actual: before.version,
            },
          );
        }
        const invoiceDate =
          input.invoiceDate === undefined ? before.invoiceDate : input.invoiceDate;
        const today = localDate(ctx.now(), depotTimeZone());
        if (invoiceDate !== null && invoiceDate > today) {
          throw new DepotError(
            'VALIDATION',
            `invoiceDate: the purchase invoice date ${invoiceDate} is in the future`,
            {
              field: 'invoiceDate',
              issues: [{ field: 'invoiceDate', message: 'In the future' }],
            },
          );
        }
        // Policy 2: the invoice date starts the warranty period, so once recorded only a
        // supervisor may change it (a clerk may fill in a missing one).
        const isSupervisor = ctx.actor.roles.some((r) => r === 'supervisor' || r === 'admin');
        if (before.invoiceDate !== null && invoiceDate !== before.invoiceDate && !isSupervisor) {
          throw new DepotError(
            'RULE',
            'invoiceDate: only a supervisor may change a recorded purchase invoice date.',
            {
              field: 'invoiceDate',
            },
          );
        }
        await trx('units')
          .where({ id: input.id })
          .update({
            invoice_date: invoiceDate,
            ...(input.invoiceNo !== undefined && { invoice_no: input.invoiceNo }),
            ...(input.seller !== undefined && { seller: input.seller }),
            updated_at: ctx.now().toISOString(),
            version: before.version + 1,
          });
        const after = await findUnit(trx, input.id);
        await audit({ entity: 'unit', entityId: input.id, action: 'update', before, after });
      });
      return unitRecord(ctx.db, (await findUnit(ctx.db, input.id))!);
    },
  }),
};
