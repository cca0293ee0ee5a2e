import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { DepotError } from '../contract/errors';
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
import { phoneSearchKey } from './phone';

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
    summary: 'One customer with phones.',
    access: INTAKE_READ,
    input: z.object({ id: idSchema }).strict(),
    run: async (ctx, input): Promise<Customer> => {
      const customer = await findCustomer(ctx.db, input.id);
      if (!customer)
        throw new DepotError('NOT_FOUND', `No customer #${input.id}.`, { field: 'id' });
      return customer;
    },
  }),

  'customers/find': defineHandler({
    summary:
      'Finds customers by phone (typed any way: spaces, dashes, +886) or by the start of the name.',
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
    run: async (ctx, input): Promise<Customer[]> => {
      if (input.phone) {
        const key = phoneSearchKey(input.phone);
        if (key === null) {
          throw new DepotError('VALIDATION', 'phone: search with at least 3 digits, no letters', {
            issues: [{ field: 'phone', message: 'At least 3 digits, no letters' }],
          });
        }
        return findByPhone(ctx.db, key, input.limit);
      }
      return findByName(ctx.db, input.name!, input.limit);
    },
  }),
};
