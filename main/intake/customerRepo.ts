import type { Knex } from 'knex';
import { z } from 'zod';
import { reachable } from '../rules/intake';
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
  .refine((c) => reachable(c), {
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

async function withPhones(db: Knex | Knex.Transaction, rows: CustomerRow[]): Promise<Customer[]> {
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

export async function findCustomer(
  db: Knex | Knex.Transaction,
  id: number,
): Promise<Customer | null> {
  const row: CustomerRow | undefined = await db('customers as c').where('c.id', id).first(COLUMNS);
  return row ? (await withPhones(db, [row]))[0] : null;
}

/** These customers, in the order of `ids` (one query for the rows, one for the phones). */
export async function findCustomers(
  db: Knex | Knex.Transaction,
  ids: number[],
): Promise<Customer[]> {
  if (ids.length === 0) return [];
  const rows: CustomerRow[] = await db('customers as c').whereIn('c.id', ids).select(COLUMNS);
  const byId = new Map((await withPhones(db, rows)).map((c) => [c.id, c]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Customer ids holding a phone whose normalised form starts with `phoneKey` (index range, not
 * LIKE), or equals it when `exact`.
 */
export function idsByPhone(db: Knex, phoneKey: string, exact = false): Knex.QueryBuilder {
  const q = db('customer_phones').select('customer_id');
  return exact
    ? q.where('phone_normalised', phoneKey)
    : q
        .where('phone_normalised', '>=', phoneKey)
        .where('phone_normalised', '<', `${phoneKey}\uffff`);
}

/**
 * Customers (not merged away) whose phone matches `phoneKey`: their own phones, or the phones of
 * a customer merged into them, so a duplicate's number still finds the customer kept.
 */
export async function findByPhone(
  db: Knex,
  phoneKey: string,
  limit: number,
  options: { exact?: boolean } = {},
): Promise<Customer[]> {
  const rows: CustomerRow[] = await db('customers as c')
    .whereNull('c.merged_into_id')
    .where((w) =>
      w.whereIn('c.id', idsByPhone(db, phoneKey, options.exact)).orWhereIn(
        'c.id',
        db('customers')
          .select('merged_into_id')
          .whereIn('id', idsByPhone(db, phoneKey, options.exact)),
      ),
    )
    .select(COLUMNS)
    .orderBy(['c.name', 'c.id'])
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
    .whereNull('c.merged_into_id') // a merged duplicate is found as the customer kept
    .select(COLUMNS)
    .orderBy('c.name')
    .limit(limit);
  return withPhones(db, rows);
}

/** The customer a merged duplicate went into (issue 10, item 6), or null for a live customer. */
export async function mergedInto(
  db: Knex | Knex.Transaction,
  id: number,
): Promise<{ id: number; name: string; mergedAt: string } | null> {
  const row: { id: number; name: string; merged_at: string } | undefined = await db(
    'customers as merged',
  )
    .join('customers as kept', 'kept.id', 'merged.merged_into_id')
    .where('merged.id', id)
    .first('kept.id', 'kept.name', 'merged.merged_at');
  return row ? { id: row.id, name: row.name, mergedAt: row.merged_at } : null;
}
