import { z } from 'zod';
import type { Knex } from 'knex';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { throwRefusal } from '../contract/offer';
import type { Actor } from '../contract/roles';
import {
  codeSchema,
  idSchema,
  isoDateSchema,
  limitSchema,
  optionalLine,
  paragraph,
  requiredLine,
} from '../intake/fields';
import { IMPROVEMENT_READ, IMPROVEMENT_WRITE } from './access';
import {
  actionsOf,
  findAction,
  findProblem,
  linksOf,
  listProblems,
  openActionsOf,
  PROBLEM_KINDS,
  PROBLEM_SOURCES,
  PROBLEM_STATUSES,
  reviewsOf,
  type ProblemLinks,
  type ProblemReview,
  type ProblemRow,
} from './problemRepo';
import {
  actionItemsFor,
  actionsFor,
  addActionItem,
  changeProblem,
  completeActionItem,
  completeRefusal,
  mustBeActiveStaff,
  mustBeAllowed,
  openProblem,
  type OfferedActionItem,
  type ProblemActions,
} from './problems';
import { recordReview, reviewInput } from './review';
import { effectiveness } from './effectiveness';

// The problem register 改進措施 (issue 10, item 5; policy 6): open a problem from a fault trend,
// a complaint, a set of tickets or by hand; set its cause; give out action items with a
// responsible person and a deadline (限期整改); the responsible person completes them; the
// manager reviews the effect.

type Db = Knex | Knex.Transaction;

export type ProblemDetail = ProblemRow &
  ProblemLinks & {
    actionItems: OfferedActionItem[];
    reviews: ProblemReview[];
    actions: ProblemActions;
  };

const OVERSIGHT: readonly string[] = IMPROVEMENT_READ;

async function mustFindProblem(db: Db, id: number, now: string): Promise<ProblemRow> {
  const p = await findProblem(db, id, now);
  if (!p) {
    throw refuse('NOT_FOUND', 'improvement.problemNotFound', {
      params: { id },
      field: 'problemId',
      message: `No problem #${id}.`,
    });
  }
  return p;
}

/** Managers and finance read every problem; the owner and anyone given an action item read theirs. */
export async function problemDetail(
  db: Db,
  id: number,
  actor: Actor,
  now: string,
): Promise<ProblemDetail> {
  const p = await mustFindProblem(db, id, now);
  const items = await actionsOf(db, id, now);
  const involved = p.owner.id === actor.id || items.some((a) => a.responsible.id === actor.id);
  if (!involved && !actor.roles.some((r) => OVERSIGHT.includes(r))) {
    throw refuse('FORBIDDEN', 'improvement.problemNotYours', {
      params: { number: p.number },
      message: `Problem ${p.number} is not in your hands.`,
    });
  }
  return {
    ...p,
    ...(await linksOf(db, id)),
    actionItems: actionItemsFor(items, p, actor),
    reviews: await reviewsOf(db, id),
    actions: actionsFor(p, actor),
  };
}

const versionSchema = z.number().int().positive();
const cursorSchema = z
  .string()
  .regex(/^\d{1,15}$/, 'Pass back nextCursor as given')
  .transform(Number)
  .optional();
export const actionItemSchema = z
  .object({
    description: requiredLine('Action', 500),
    responsibleId: idSchema,
    dueDate: isoDateSchema,
  })
  .strict();

export const openProblemSchema = z
  .object({
    title: requiredLine('Title', 200),
    description: paragraph('Description', 2000)
      .optional()
      .transform((s) => (s ? s : null)),
    source: z.enum(PROBLEM_SOURCES),
    faultCodes: z.array(codeSchema).max(20).default([]),
    modelIds: z.array(idSchema).max(20).default([]),
    ticketIds: z.array(idSchema).max(200).default([]),
    complaintId: idSchema.optional(),
    kind: z.enum(PROBLEM_KINDS),
    ownerId: idSchema.optional(),
  })
  .strict();

export const problemHandlers = {
  'improvement/open': defineHandler({
    summary:
      'Opens a problem (改進措施) from a fault trend, a complaint, tickets or by hand, linked to fault codes, models, tickets and the complaint; the owner defaults to me (policy 6).',
    access: IMPROVEMENT_WRITE,
    input: openProblemSchema,
    run: async (ctx, input): Promise<ProblemDetail> => {
      const id = await ctx.write((trx, audit) =>
        openProblem(
          trx,
          audit,
          {
            ...input,
            complaintId: input.complaintId ?? null,
            ownerId: input.ownerId ?? ctx.actor.id,
          },
          ctx.actor.id,
          ctx.now(),
        ),
      );
      return problemDetail(ctx.db, id, ctx.actor, ctx.now().toISOString());
    },
  }),

  'improvement/list': defineHandler({
    summary:
      'The problem register, newest first, keyset-paged; filters: status, overdue only (an action item past its deadline), owner.',
    access: IMPROVEMENT_READ,
    input: z
      .object({
        status: z.enum(PROBLEM_STATUSES).optional(),
        overdueOnly: z.boolean().default(false),
        ownerId: idSchema.optional(),
        cursor: cursorSchema,
        limit: limitSchema,
      })
      .strict(),
    run: async (ctx, input) =>
      listProblems(ctx.db, {
        status: input.status,
        overdueOnly: input.overdueOnly,
        ownerId: input.ownerId,
        beforeId: input.cursor,
        limit: input.limit,
        now: ctx.now().toISOString(),
      }),
  }),

  'improvement/get': defineHandler({
    summary:
      'One problem with its links, action items, reviews and the steps open to me; for managers, finance, its owner and the people given its action items.',
    access: 'signedIn',
    input: z.object({ problemId: idSchema }).strict(),
    run: async (ctx, input): Promise<ProblemDetail> =>
      problemDetail(ctx.db, input.problemId, ctx.actor, ctx.now().toISOString()),
  }),

  'improvement/update': defineHandler({
    summary:
      'Sets root cause, kind or owner, and moves the status (in_progress, done only with no open action item, cancelled with a reason); at the version read.',
    access: IMPROVEMENT_WRITE,
    input: z
      .object({
        problemId: idSchema,
        version: versionSchema,
        rootCause: paragraph('Root cause', 2000)
          .nullable()
          .transform((s) => (s ? s : null))
          .optional(),
        kind: z.enum(PROBLEM_KINDS).optional(),
        ownerId: idSchema.optional(),
        status: z.enum(PROBLEM_STATUSES).optional(),
        cancelReason: optionalLine('Reason', 500),
      })
      .strict(),
    run: async (ctx, input): Promise<ProblemDetail> => {
      const at = ctx.now().toISOString();
      await ctx.write(async (trx, audit) => {
        const p = await mustFindProblem(trx, input.problemId, at);
        const set: Record<string, unknown> = {};
        if (input.rootCause !== undefined || input.kind !== undefined || input.ownerId) {
          mustBeAllowed(p, ctx.actor, 'edit');
          if (input.rootCause !== undefined) set.root_cause = input.rootCause;
          if (input.kind !== undefined) set.kind = input.kind;
          if (input.ownerId !== undefined) {
            await mustBeActiveStaff(trx, input.ownerId, 'ownerId');
            set.owner_id = input.ownerId;
          }
        }
        const to = input.status;
        if (to !== undefined && to !== p.status) {
          if (to === 'open') {
            throw refuse('RULE', 'improvement.noBackToOpen', {
              field: 'status',
              message: 'status: A problem does not go back to open',
            });
          }
          if (to === 'reviewed') {
            mustBeAllowed(p, ctx.actor, 'review');
            throw refuse('RULE', 'improvement.reviewedByReview', {
              field: 'status',
              message: 'status: A problem is reviewed with improvement/review',
            });
          }
          const step =
            to === 'done'
              ? 'markDone'
              : to === 'cancelled'
                ? 'cancel'
                : p.status === 'done'
                  ? 'reopen'
                  : 'start';
          mustBeAllowed(p, ctx.actor, step);
          if (to === 'cancelled') {
            if (!input.cancelReason) {
              throw refuse('VALIDATION', 'improvement.cancelNeedsReason', {
                field: 'cancelReason',
                message: 'cancelReason: Say why it is cancelled',
              });
            }
            set.cancel_reason = input.cancelReason;
          }
          if (to === 'done') set.done_at = at;
          if (step === 'reopen') set.done_at = null;
          set.status = to;
        }
        if (Object.keys(set).length === 0) {
          throw refuse('VALIDATION', 'improvement.nothingToChange', {
            field: 'status',
            message: 'status: Nothing to change',
          });
        }
        await changeProblem(trx, audit, {
          problem: p,
          version: input.version,
          set,
          action: typeof set.status === 'string' ? `status:${set.status}` : 'edit',
          at,
        });
      });
      return problemDetail(ctx.db, input.problemId, ctx.actor, ctx.now().toISOString());
    },
  }),

  'improvement/addAction': defineHandler({
    summary:
      'Adds an action item to an open problem: what to do, the responsible staff member and a deadline (限期整改, a local date not in the past).',
    access: IMPROVEMENT_WRITE,
    input: actionItemSchema.extend({ problemId: idSchema }).strict(),
    run: async (ctx, input): Promise<ProblemDetail> => {
      const now = ctx.now();
      await ctx.write(async (trx, audit) => {
        const p = await mustFindProblem(trx, input.problemId, now.toISOString());
        mustBeAllowed(p, ctx.actor, 'addAction');
        await addActionItem(trx, audit, input, ctx.actor.id, now);
      });
      return problemDetail(ctx.db, input.problemId, ctx.actor, ctx.now().toISOString());
    },
  }),

  'improvement/completeAction': defineHandler({
    summary:
      'The responsible person (or a supervisor or admin) marks an action item done, with a note of what was done.',
    access: 'signedIn',
    input: z.object({ actionId: idSchema, note: optionalLine('Note', 1000) }).strict(),
    run: async (ctx, input): Promise<ProblemDetail> => {
      const at = ctx.now().toISOString();
      const problemId = await ctx.write(async (trx, audit) => {
        const a = await findAction(trx, input.actionId, at);
        if (!a) {
          throw refuse('NOT_FOUND', 'improvement.actionNotFound', {
            params: { id: input.actionId },
            field: 'actionId',
            message: `actionId: No action item #${input.actionId}`,
          });
        }
        const p = await mustFindProblem(trx, a.problemId, at);
        throwRefusal(completeRefusal(a, p, ctx.actor), { actionId: a.id });
        await completeActionItem(trx, audit, {
          action: a,
          note: input.note,
          actorId: ctx.actor.id,
          at,
        });
        return p.id;
      });
      return problemDetail(ctx.db, problemId, ctx.actor, ctx.now().toISOString());
    },
  }),

  'improvement/myActions': defineHandler({
    summary:
      'The action items in my hands not yet done, earliest deadline first, with the overdue flag.',
    access: 'signedIn',
    input: z.object({}).strict(),
    run: async (ctx) => openActionsOf(ctx.db, ctx.actor.id, ctx.now().toISOString()),
  }),

  'improvement/effectiveness': defineHandler({
    summary:
      "The linked fault codes' rate among completed tickets (of the linked models) in the window before and after the action date, as exact fractions.",
    access: IMPROVEMENT_READ,
    input: z
      .object({ problemId: idSchema, windowDays: z.number().int().min(7).max(730).default(90) })
      .strict(),
    run: async (ctx, input) => {
      await mustFindProblem(ctx.db, input.problemId, ctx.now().toISOString());
      return effectiveness(ctx.db, input.problemId, input.windowDays, ctx.now());
    },
  }),

  'improvement/review': defineHandler({
    summary:
      "Records the manager's verdict on a done problem with the rates seen: effective or not_effective moves it to reviewed; adjust re-opens it with a new action item.",
    access: IMPROVEMENT_WRITE,
    input: reviewInput,
    run: async (ctx, input): Promise<ProblemDetail> => {
      const now = ctx.now();
      await ctx.write(async (trx, audit) => {
        const p = await mustFindProblem(trx, input.problemId, now.toISOString());
        mustBeAllowed(p, ctx.actor, 'review');
        await recordReview(trx, audit, { problem: p, input, actorId: ctx.actor.id, now });
      });
      return problemDetail(ctx.db, input.problemId, ctx.actor, ctx.now().toISOString());
    },
  }),
};
