import type { Knex } from 'knex';
import { z } from 'zod';
import { refuse } from '../contract/errors';
import type { Audit } from '../contract/handler';
import { findCustomer, mergedInto, type Customer } from '../intake/customerRepo';
import { emailSchema, idSchema, optionalLine, phoneSchema, requiredLine } from '../intake/fields';
import { indexTickets } from '../search/ticketSearch';

// Editing a customer's name and contact data from the customer screen (issue 10, item 6): the
// whole record as the form shows it, version-checked, audited with before and after. The quick
// search indexes the customer's name and phones on each of their tickets, so those follow.

export const customerUpdateSchema = z
  .object({
    id: idSchema,
    version: z.number().int().positive(),
    name: requiredLine('Customer name', 120),
    phones: z.array(phoneSchema).max(5, 'At most 5 phone numbers'),
    email: emailSchema,
    address: optionalLine('Address', 300),
  })
  .strict()
  // Policy 3.6: customer service must still be able to reach the customer after the repair.
  .refine((c) => c.phones.length > 0 || c.email !== null, {
    message: 'Give at least one phone number or an e-mail address',
    path: ['phones'],
  })
  .transform((c) => ({
    ...c,
    phones: [...new Map(c.phones.map((p) => [p.normalised, p])).values()],
  }));

export type CustomerUpdate = z.output<typeof customerUpdateSchema>;

export async function updateCustomer(
  trx: Knex.Transaction,
  audit: Audit,
  patch: CustomerUpdate,
  at: string,
): Promise<Customer> {
  const before = await findCustomer(trx, patch.id);
  if (!before) {
    throw refuse('NOT_FOUND', 'customers.notFound', {
      params: { id: patch.id },
      field: 'id',
      message: `No customer #${patch.id}.`,
    });
  }
  const kept = await mergedInto(trx, patch.id);
  if (kept) {
    throw refuse('RULE', 'customers.mergedInto', {
      params: { id: patch.id, keptId: kept.id, keptName: kept.name },
      field: 'id',
      message: `Customer #${patch.id} was merged into #${kept.id} ${kept.name}; edit that customer.`,
      details: { mergedIntoId: kept.id },
    });
  }
  if (before.version !== patch.version) {
    throw refuse('CONFLICT', 'core.changedElsewhere', {
      params: { record: before.name },
      message: `Customer ${before.name} was changed by someone else; reload and try again.`,
      details: { expected: patch.version, actual: before.version },
    });
  }
  await trx('customers')
    .where({ id: patch.id })
    .update({
      name: patch.name,
      email: patch.email,
      address: patch.address,
      updated_at: at,
      version: before.version + 1,
    });
  await trx('customer_phones').where({ customer_id: patch.id }).delete();
  if (patch.phones.length > 0) {
    await trx('customer_phones').insert(
      patch.phones.map((p, position) => ({
        customer_id: patch.id,
        phone: p.phone,
        phone_normalised: p.normalised,
        position,
      })),
    );
  }
  const after = (await findCustomer(trx, patch.id))!;
  const searched = (c: Customer) => JSON.stringify([c.name, c.phones]);
  if (searched(before) !== searched(after)) await reindexCustomerTickets(trx, patch.id);
  await audit({ entity: 'customer', entityId: patch.id, action: 'update', before, after });
  return after;
}

/** Rewrites the quick-search rows of every ticket of this customer. */
export async function reindexCustomerTickets(
  trx: Knex.Transaction,
  customerId: number,
): Promise<void> {
  const rows: { id: number }[] = await trx('tickets')
    .where({ customer_id: customerId })
    .select('id');
  await indexTickets(
    trx,
    rows.map((r) => r.id),
  );
}
