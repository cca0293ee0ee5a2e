import type { Knex } from 'knex';
import { findCustomers, idsByPhone, type Customer } from '../intake/customerRepo';
import { phoneSearchKey } from '../intake/phone';

// The customer screen's search (issue 10, item 6): by the start of the name, of a phone (typed
// any way) or of the e-mail address, ordered by name and paged by keyset on (name, id); merged
// duplicates are hidden (they are found as the customer kept).

export type SearchBy = 'name' | 'phone' | 'email';
export type CustomerPage = { rows: Customer[]; nextCursor: string | null };

/** What the text looks like: an e-mail if it has an @, a phone if it is digits, else a name. */
export function searchKind(text: string): { by: SearchBy; key: string } | null {
  const q = text.trim();
  if (q.includes('@')) return { by: 'email', key: q.toLowerCase() };
  if (/^[+\d\s\-().]+$/.test(q)) {
    const key = phoneSearchKey(q);
    return key === null ? null : { by: 'phone', key };
  }
  return { by: 'name', key: q };
}

export async function searchCustomers(
  db: Knex,
  query: { by: SearchBy; key: string },
  page: { afterId?: number; limit: number },
): Promise<CustomerPage> {
  const q = db('customers as c').whereNull('c.merged_into_id');
  if (query.by === 'name') {
    void q.where('c.name', '>=', query.key).where('c.name', '<', `${query.key}\u{10FFFF}`);
  } else if (query.by === 'email') {
    void q.where('c.email', '>=', query.key).where('c.email', '<', `${query.key}\u{10FFFF}`);
  } else {
    void q.where((w) =>
      w
        .whereIn('c.id', idsByPhone(db, query.key))
        .orWhereIn(
          'c.id',
          db('customers').select('merged_into_id').whereIn('id', idsByPhone(db, query.key)),
        ),
    );
  }
  if (page.afterId !== undefined) {
    const last: { name: string } | undefined = await db('customers')
      .where({ id: page.afterId })
      .first('name');
    if (last) {
      void q.where((w) =>
        w
          .where('c.name', '>', last.name)
          .orWhere((x) => x.where('c.name', last.name).where('c.id', '>', page.afterId!)),
      );
    }
  }
  const ids: { id: number }[] = await q
    .select('c.id')
    .orderBy(['c.name', 'c.id'])
    .limit(page.limit + 1);
  const shown = ids.slice(0, page.limit);
  return {
    rows: await findCustomers(
      db,
      shown.map((r) => r.id),
    ),
    nextCursor: ids.length > page.limit ? String(shown[shown.length - 1].id) : null,
  };
}
