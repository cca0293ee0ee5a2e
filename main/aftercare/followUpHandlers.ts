import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { idSchema, limitSchema, paragraph } from '../intake/fields';
import { FOLLOW_UP_READ, FOLLOW_UP_WRITE } from './access';
import { attemptRefusal, recordAttempt } from './followUpAttempt';
import { offerOf, type Offer } from '../contract/offer';
import type { Actor } from '../contract/roles';
import {
  attemptsOf,
  findFollowUp,
  followUpWorklist,
  type FollowUpAttempt,
  type FollowUpRow,
} from './followUpRepo';
import { complaintsOfFollowUp, type ComplaintRow } from './complaintRepo';

// The follow-up worklist and the calls (issue 10, item 2; policy 3.6).

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|(\d{1,15})$/;

export type FollowUpDetail = FollowUpRow & {
  attemptsList: FollowUpAttempt[];
  complaints: ComplaintRow[];
  /** Recording the next call, as the reader may now. */
  actions: { recordAttempt: Offer };
};

async function detail(
  db: Parameters<typeof findFollowUp>[0],
  id: number,
  now: string,
  actor: Actor,
): Promise<FollowUpDetail> {
  const f = await findFollowUp(db, id, now);
  if (!f) {
    throw refuse('NOT_FOUND', 'aftercare.followUpNotFound', {
      params: { id },
      field: 'followUpId',
      message: `No follow-up #${id}.`,
    });
  }
  return {
    ...f,
    attemptsList: await attemptsOf(db, id),
    complaints: await complaintsOfFollowUp(db, id, now),
    actions: { recordAttempt: offerOf(attemptRefusal(f, actor)) },
  };
}

const attemptInput = z
  .object({
    followUpId: idSchema,
    method: z.enum(['phone', 'email', 'survey']),
    reached: z.boolean(),
    /** Policy 3.6: the customer's satisfaction, 1 (poor) to 5 (very good), when reached. */
    satisfaction: z.number().int().min(1).max(5).optional(),
    comments: paragraph('Comments', 1000)
      .optional()
      .transform((s) => s || null),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.reached && a.satisfaction === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['satisfaction'],
        message: 'A customer reached gives a satisfaction score 1-5',
      });
    }
    if (!a.reached && a.satisfaction !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['satisfaction'],
        message: 'No score without reaching the customer',
      });
    }
  });

export const followUpHandlers = {
  'followUps/worklist': defineHandler({
    summary:
      'Open follow-up calls, earliest due first so overdue ones lead (overdue flag against the clock); keyset-paged.',
    access: FOLLOW_UP_READ,
    input: z
      .object({
        overdueOnly: z.boolean().default(false),
        /** `nextCursor` of the previous page, as given. */
        cursor: z
          .string()
          .regex(CURSOR, 'Pass back nextCursor as given')
          .transform((c) => {
            const [, dueAt, id] = CURSOR.exec(c)!;
            return { dueAt, id: Number(id) };
          })
          .optional(),
        limit: limitSchema,
      })
      .strict(),
    run: async (ctx, input) =>
      followUpWorklist(ctx.db, {
        after: input.cursor,
        limit: input.limit,
        overdueOnly: input.overdueOnly,
        now: ctx.now().toISOString(),
      }),
  }),

  'followUps/get': defineHandler({
    summary: 'One follow-up with every attempt and the complaints recorded from it.',
    access: FOLLOW_UP_READ,
    input: z.object({ followUpId: idSchema }).strict(),
    run: async (ctx, input): Promise<FollowUpDetail> =>
      detail(ctx.db, input.followUpId, ctx.now().toISOString(), ctx.actor),
  }),

  'followUps/recordAttempt': defineHandler({
    summary:
      'Records a call, e-mail or survey: not reached keeps it open to retry; reached with a score 1-5 and comments closes it (policy 3.6).',
    access: FOLLOW_UP_WRITE,
    input: attemptInput,
    run: async (ctx, input): Promise<FollowUpDetail> => {
      await ctx.write((trx, audit) =>
        recordAttempt(trx, audit, {
          followUpId: input.followUpId,
          method: input.method,
          reached: input.reached,
          satisfaction: input.satisfaction ?? null,
          comments: input.comments,
          actorId: ctx.actor.id,
          at: ctx.now().toISOString(),
        }),
      );
      return detail(ctx.db, input.followUpId, ctx.now().toISOString(), ctx.actor);
    },
  }),
};
