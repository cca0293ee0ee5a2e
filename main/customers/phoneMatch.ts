import type { Knex } from 'knex';
import { findByPhone, type Customer } from '../intake/customerRepo';
import { normalisePhone } from '../intake/phone';

// The duplicate warning at intake (issue 10, item 6): the customers already on record with the
// very number being typed for a new customer (normalised, so "0912-345-678" and
// "+886 912 345 678" are the same number). A duplicate merged away is answered as the customer
// kept. The core does not refuse a second customer with the same phone: families and small
// firms share one, so the clerk decides.

export const MATCH_LIMIT = 10;

export type PhoneMatch = {
  /** The number as the core reads it, or null while it is not yet a whole phone number. */
  normalised: string | null;
  matches: Customer[];
};

export async function matchPhone(db: Knex, typed: string): Promise<PhoneMatch> {
  const phone = normalisePhone(typed);
  if ('error' in phone) return { normalised: null, matches: [] };
  return {
    normalised: phone.normalised,
    matches: await findByPhone(db, phone.normalised, MATCH_LIMIT, { exact: true }),
  };
}
