import type { Knex } from 'knex';
import type { Actor, Role } from '../contract/roles';
import { FOLLOW_UP_WRITE } from '../aftercare/access';
import { countWorklist } from '../aftercare/followUpRepo';
import { countQueue } from '../bench/queue';
import { REQUISITION_DECIDE } from '../stock/access';
import { countRequisitions } from '../stock/requisitionList';

// What waits on me (issue 11, item 3): for each kind of work the signed-in person's roles make
// theirs, how many items wait. Each count runs the filter of the list that shows those items, so
// the badge never promises what the list does not hold.

export type InboxKey = 'approve' | 'issue' | 'assigned' | 'followUps';

export type InboxItem = { key: InboxKey; count: number };

/** The kinds of work a person's roles make theirs (every kind they hold, counted or not). */
export type Inbox = { items: InboxItem[]; total: number };

type Source = {
  key: InboxKey;
  /** Whose work it is. */
  roles: readonly Role[];
  count: (db: Knex, actor: Actor, now: string) => Promise<number>;
};

const SOURCES: readonly Source[] = [
  {
    // Policy 5.3: the department head approves 審批 (the requisition queue's "pending"), never
    // their own request.
    key: 'approve',
    roles: REQUISITION_DECIDE,
    count: (db, actor) => countRequisitions(db, { queue: 'pending', notRequestedBy: actor.id }),
  },
  {
    // Policy 5.3: the stockroom issues exactly what was approved (the queue's "to issue").
    key: 'issue',
    roles: ['stockroom_keeper'],
    count: (db) => countRequisitions(db, { queue: 'to_issue', ticketOpen: true }),
  },
  {
    // The bench queue's "mine": tickets in my hands, not yet handed back.
    key: 'assigned',
    roles: ['technician'],
    count: (db, actor) => countQueue(db, { scope: 'mine', actorId: actor.id }),
  },
  {
    // Policy 3.6: follow-up calls past their day (the worklist's "overdue only").
    key: 'followUps',
    roles: FOLLOW_UP_WRITE,
    count: (db, _actor, now) => countWorklist(db, { overdueOnly: true, now }),
  },
];

export async function inboxOf(db: Knex, actor: Actor, now: Date): Promise<Inbox> {
  const mine = SOURCES.filter((s) => s.roles.some((role) => actor.roles.includes(role)));
  const at = now.toISOString();
  const items: InboxItem[] = [];
  for (const source of mine) {
    items.push({ key: source.key, count: await source.count(db, actor, at) });
  }
  return { items, total: items.reduce((sum, item) => sum + item.count, 0) };
}
