import type { Knex } from 'knex';
import { z } from 'zod';
import { emailSchema, optionalLine, phoneSchema, requiredLine } from './fields';
import type { Phone } from './phone';
import { insertedId } from './rows';

export const CUSTOMER_KINDS = ['person', 'company'] as const;

export const newCustomerSchema = z
  .object({
    kind: z.enum(CUSTOMER_KINDS),
    name: requiredLine('Customer name', 120),
    phones: z.array(phoneSchema).max(5, 'At most 5 phone numbers').default([]),
    email: emailSchema,
    address: optionalLine('Address', 300),
  })
  .strict()
  // Policy 3.6: customer service must be able to reach the customer after the repair.
  .refine((c) => c.phones.length > 0 || c.email !== null, {
    message: 'Give at least one phone number or an e-mail address',
    path: ['phones'],
  })
  .transform((c) => ({
    ...c,
    phones: [...new Map(c.phones.map((p) => [p.normalised, p])).values()],
  }));

export type NewCustomer = z.output<typeof newCustomerSchema>;

export type Customer = {
  id: number;
  kind: (typeof CUSTOMER_KINDS)[number];
  name: string;
  phones: Phone[];
  email: string | null;
  address: string | null;
  version: number;
};

type CustomerRow = {
  id: number;
  kind: Customer['kind'];
  name: string;
  email: string | null;
  address: string | null;
  version: number;
};

export async function insertCustomer(
  trx: Knex.Transaction,
  c: NewCustomer,
  at: string,
): Promise<number> {
  const [row] = await trx('customers')
    .insert({
      kind: c.kind,
      name: c.name,
      email: c.email,
      address: c.address,
      created_at: at,
      updated_at: at,
    })
    .returning('id');
  const id = insertedId(row);
  if (c.phones.length > 0) {
    await trx('customer_phones').insert(
      c.phones.map((p, position) => ({
        customer_id: id,
        phone: p.phone,
        phone_normalised: p.normalised,
        position,
      })),
    );
  }
  return id;
}

async function withPhones(db: Knex, rows: CustomerRow[]): Promise<Customer[]> {
  const ids = rows.map((r) => r.id);
  const phones: { customer_id: number; phone: string; phone_normalised: string }[] = ids.length
    ? await db('customer_phones').whereIn('customer_id', ids).orderBy(['customer_id', 'position'])
    : [];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    email: r.email,
    address: r.address,
    version: r.version,
    phones: phones
      .filter((p) => p.customer_id === r.id)
      .map((p) => ({ phone: p.phone, normalised: p.phone_normalised })),
  }));
}

const COLUMNS = ['c.id', 'c.kind', 'c.name', 'c.email', 'c.address', 'c.version'];

export async function findCustomer(db: Knex, id: number): Promise<Customer | null> {
  const row: CustomerRow | undefined = await db('customers as c').where('c.id', id).first(COLUMNS);
  return row ? (await withPhones(db, [row]))[0] : null;
}

/** Customers whose normalised phone starts with `phoneKey` (index range, not LIKE). */
export async function findByPhone(db: Knex, phoneKey: string, limit: number): Promise<Customer[]> {
  const rows: CustomerRow[] = await db('customers as c')
    .whereIn(
      'c.id',
      db('customer_phones')
        .select('customer_id')
        .where('phone_normalised', '>=', phoneKey)
        .where('phone_normalised', '<', `${phoneKey}\uffff`),
    )
    .select(COLUMNS)
    .orderBy('c.name')
    .limit(limit);
  return withPhones(db, rows);
}

/**
 * Customers whose name starts with `prefix` (an index range). Substrings, including Chinese
 * ones, come with full-text search later (issue 3, item 10).
 */
export async function findByName(db: Knex, prefix: string, limit: number): Promise<Customer[]> {
  const rows: CustomerRow[] = await db('customers as c')
    .where('c.name', '>=', prefix)
    .where('c.name', '<', `${prefix}\u{10FFFF}`)
    .select(COLUMNS)
    .orderBy('c.name')
    .limit(limit);
  return withPhones(db, rows);
}
