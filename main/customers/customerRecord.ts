import type { Knex } from 'knex';
import { refuse } from '../contract/errors';
import type { Actor } from '../contract/roles';
import { findCustomer, mergedInto } from '../intake/customerRepo';
import { customerView, personalDataFor, type CustomerView } from './personalData';

/** One customer as the caller may see them, and the customer it was merged into, if it was. */
export type CustomerRecord = CustomerView & {
  mergedInto: { id: number; name: string; mergedAt: string } | null;
};

export async function customerRecord(db: Knex, id: number, actor: Actor): Promise<CustomerRecord> {
  const customer = await findCustomer(db, id);
  if (!customer) {
    throw refuse('NOT_FOUND', 'customers.notFound', {
      params: { id },
      field: 'id',
      message: `No customer #${id}.`,
    });
  }
  return {
    ...customerView(customer, personalDataFor(actor)),
    mergedInto: await mergedInto(db, id),
  };
}
