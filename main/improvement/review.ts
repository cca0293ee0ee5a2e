import { z } from 'zod';
import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { refuse } from '../contract/errors';
import { idSchema, isoDateSchema, paragraph, requiredLine } from '../intake/fields';
import { effectiveness } from './effectiveness';
import { VERDICTS, type ProblemRow } from './problemRepo';
import { addActionItem, changeProblem } from './problems';

// The manager's verdict on a done problem (policy 6: track the effect and adjust). The rates
// the manager saw are kept with the verdict, so a later look at the register shows why it was
// judged so. "Effective" and "not effective" close the problem as reviewed (a problem that did
// not work is then opened anew if the manager wants another try); "adjust" sends it back to in
// progress with the new action item it needs.

export const reviewInput = z
  .object({
    problemId: idSchema,
    version: z.number().int().positive(),
    verdict: z.enum(VERDICTS),
    note: paragraph('Note', 2000).pipe(z.string().min(1, 'Note is required')),
    windowDays: z.number().int().min(7).max(730).default(90),
    newAction: z
      .object({
        description: requiredLine('Action', 500),
        responsibleId: idSchema,
        dueDate: isoDateSchema,
      })
      .strict()
      .optional(),
  })
  .strict();

export async function recordReview(
  trx: Knex.Transaction,
  audit: Audit,
  r: { problem: ProblemRow; input: z.output<typeof reviewInput>; actorId: number; now: Date },
): Promise<void> {
  const { problem: p, input } = r;
  if (input.verdict === 'adjust' && !input.newAction) {
    throw refuse('VALIDATION', 'improvement.adjustNeedsAction', {
      field: 'newAction',
      message: 'newAction: Adjusting needs the new action item',
    });
  }
  if (input.verdict !== 'adjust' && input.newAction) {
    throw refuse('VALIDATION', 'improvement.actionOnlyWithAdjust', {
      field: 'newAction',
      message: 'newAction: A new action item goes with adjust only',
    });
  }
  const at = r.now.toISOString();
  const e = await effectiveness(trx, p.id, input.windowDays, r.now);
  await changeProblem(trx, audit, {
    problem: p,
    version: input.version,
    set:
      input.verdict === 'adjust'
        ? { status: 'in_progress', done_at: null }
        : { status: 'reviewed' },
    action: `review:${input.verdict}`,
    at,
  });
  await trx('problem_reviews').insert({
    problem_id: p.id,
    verdict: input.verdict,
    note: input.note,
    action_date: e.actionDate,
    window_days: input.windowDays,
    before_count: e.before?.rate.count ?? null,
    before_of: e.before?.rate.of ?? null,
    after_count: e.after?.rate.count ?? null,
    after_of: e.after?.rate.of ?? null,
    created_by: r.actorId,
    created_at: at,
  });
  await audit({
    entity: 'problem',
    entityId: p.id,
    action: 'review',
    after: { verdict: input.verdict, note: input.note, before: e.before, after: e.after },
  });
  if (input.newAction) {
    await addActionItem(trx, audit, { ...input.newAction, problemId: p.id }, r.actorId, r.now);
  }
}
