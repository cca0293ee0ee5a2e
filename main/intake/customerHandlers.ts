import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { INTAKE_READ, INTAKE_WRITE } from './access';
import {
  findByName,
  findByPhone,
  findCustomer,
  insertCustomer,
  newCustomerSchema,
  type Customer,
} from './customerRepo';
import { idSchema, line } from './fields';
import { normalisePhone, phoneSearchKey } from './phone';
import { customerRecord, type CustomerRecord } from '../customers/customerRecord';
import { customerView, personalDataFor, type CustomerView } from '../customers/personalData';

export const customerHandlers = {
  'customers/create': defineHandler({
    summary: 'Registers a customer (person or company) with phones normalised for search.',
    access: INTAKE_WRITE,
    input: newCustomerSchema,
    run: async (ctx, input): Promise<Customer> => {
      const id = await ctx.write(async (trx, audit) => {
        const newId = await insertCustomer(trx, input, ctx.now().toISOString());
        await audit({ entity: 'customer', entityId: newId, action: 'create', after: input });
        return newId;
      });
      return (await findCustomer(ctx.db, id))!;
    },
  }),

  'customers/get': defineHandler({
    summary:
      'One customer with phones; a merged one names the customer it went into. Phone, e-mail and address only for the desk, supervisors and admins; others get the name and phones masked but the last 3 digits (policy 4).',
    access: INTAKE_READ,
    input: z.object({ id: idSchema }).strict(),
    run: async (ctx, input): Promise<CustomerRecord> => customerRecord(ctx.db, input.id, ctx.actor),
  }),

  'customers/find': defineHandler({
    summary:
      'Finds customers by phone (typed any way: spaces, dashes, +886) or by the start of the name; merged duplicates are found as the customer kept. Personal data as customers/get; roles without it search by the whole number only (no prefix).',
    access: INTAKE_READ,
    input: z
      .object({
        phone: line('Phone', 40).optional(),
        name: line('Name', 120).optional(),
        limit: z.number().int().min(1).max(50).default(20),
      })
      .strict()
      .refine((q) => Boolean(q.phone) !== Boolean(q.name), {
        message: 'Search by phone or by name (one of them)',
        path: ['phone'],
      }),
    run: async (ctx, input): Promise<CustomerView[]> => {
      const level = personalDataFor(ctx.actor);
      if (input.phone) {
        if (level === 'masked') {
          // Policy 4: a prefix search growing a digit at a time would rebuild the masked number,
          // so a role without personal data finds a customer by the whole number only.
          const whole = normalisePhone(input.phone);
          if ('error' in whole) {
            throw refuse('VALIDATION', 'intake.wholePhone', {
              field: 'phone',
              message: 'phone: search with the whole phone number',
            });
          }
          return (await findByPhone(ctx.db, whole.normalised, input.limit, { exact: true })).map(
            (c) => customerView(c, level),
          );
        }
        const key = phoneSearchKey(input.phone);
        if (key === null) {
          throw refuse('VALIDATION', 'customers.phoneSearchDigits', {
            field: 'phone',
            message: 'phone: search with at least 3 digits, no letters',
          });
        }
        return (await findByPhone(ctx.db, key, input.limit)).map((c) => customerView(c, level));
      }
      return (await findByName(ctx.db, input.name!, input.limit)).map((c) =>
        customerView(c, level),
      );
    },
  }),
};
