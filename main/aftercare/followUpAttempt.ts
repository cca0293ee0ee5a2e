import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { refreshAnswer } from '../outcomes/outcomes';
import { refuse } from '../contract/errors';
import { insertedId } from '../intake/rows';
import type { FollowUpMethod } from './followUpRepo';
import { roleRefusal, throwRefusal, type Refusal } from '../contract/offer';
import type { Actor } from '../contract/roles';
import { FOLLOW_UP_WRITE } from './access';

// One call, e-mail or survey to the customer (policy 3.6). Every attempt is kept (append-only).
// A customer not reached leaves the follow-up open on the worklist to be tried again; a
// customer reached gives a satisfaction score 1-5 and closes it.

export type Attempt = {
  followUpId: number;
  method: FollowUpMethod;
  reached: boolean;
  satisfaction: number | null;
  comments: string | null;
  actorId: number;
  at: string;
};

/** A follow-up is called back until the customer was reached and answered (policy 3.6). */
function doneRefusal(f: { id: number; status: string }): Refusal | null {
  if (f.status === 'open') return null;
  return {
    code: 'CONFLICT',
    reason: 'aftercare.followUpDone',
    params: { id: f.id },
    message: `Follow-up #${f.id} is already done; the customer was reached and answered.`,
  };
}

/** Recording a call, as followUps/recordAttempt refuses it. */
export function attemptRefusal(f: { id: number; status: string }, actor: Actor): Refusal | null {
  return roleRefusal(actor, 'record follow-up calls', FOLLOW_UP_WRITE) ?? doneRefusal(f);
}

export async function recordAttempt(
  trx: Knex.Transaction,
  audit: Audit,
  a: Attempt,
): Promise<void> {
  const f = (await trx('follow_ups')
    .where({ id: a.followUpId })
    .first('id', 'status', 'ticket_id')) as
    { id: number; status: 'open' | 'done'; ticket_id: number } | undefined;
  if (!f) {
    throw refuse('NOT_FOUND', 'aftercare.followUpNotFound', {
      params: { id: a.followUpId },
      field: 'followUpId',
      message: `No follow-up #${a.followUpId}.`,
    });
  }
  throwRefusal(doneRefusal(f), { status: f.status });
  const [row] = await trx('follow_up_attempts')
    .insert({
      follow_up_id: f.id,
      method: a.method,
      reached: a.reached,
      satisfaction: a.reached ? a.satisfaction : null,
      comments: a.comments,
      created_by: a.actorId,
      created_at: a.at,
    })
    .returning('id');
  if (a.reached) {
    const changed = await trx('follow_ups').where({ id: f.id, status: 'open' }).update({
      status: 'done',
      satisfaction: a.satisfaction,
      comments: a.comments,
      done_by: a.actorId,
      done_at: a.at,
    });
    if (changed !== 1) {
      throw refuse('CONFLICT', 'aftercare.followUpChangedMeanwhile', {
        params: { id: f.id },
        message: `Follow-up #${f.id} changed meanwhile.`,
      });
    }
    await refreshAnswer(trx, f.ticket_id);
  }
  await audit({
    entity: 'followUp',
    entityId: f.id,
    action: a.reached ? 'reached' : 'notReached',
    after: {
      attemptId: insertedId(row),
      method: a.method,
      satisfaction: a.satisfaction,
      comments: a.comments,
    },
  });
}
