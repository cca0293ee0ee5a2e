import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { draftDataSchema, draftFormSchema } from './draftForms';
import { clearDraft, findDraft, saveDraft, type Draft } from './draftRepo';

// Drafts survive (issue 11, item 4): a long form's half-typed values, kept per staff member in
// the database, so a workspace switch, the lock, a staff switch or a reload loses nothing.
// Anyone signed in keeps their own drafts and only their own: the staff member is the session's,
// never a field of the request. Not audited (a draft is not a business record; registering the
// form is), but written through ctx.write like every change.

const formOnly = z.object({ form: draftFormSchema }).strict();

export const draftHandlers = {
  'drafts/get': defineHandler({
    summary: "The signed-in staff member's draft of a form (e.g. 'intake'), or null.",
    access: 'signedIn',
    input: formOnly,
    run: async (ctx, input): Promise<Draft | null> => findDraft(ctx.db, ctx.actor.id, input.form),
  }),

  'drafts/save': defineHandler({
    summary:
      "Keeps the signed-in staff member's draft of a form (its values as a JSON object, at most 64 KB), replacing the one before.",
    access: 'signedIn',
    input: z.object({ form: draftFormSchema, data: draftDataSchema }).strict(),
    run: async (ctx, input): Promise<Draft> =>
      ctx.write((trx) =>
        saveDraft(trx, {
          staffId: ctx.actor.id,
          form: input.form,
          data: input.data,
          at: ctx.now().toISOString(),
        }),
      ),
  }),

  'drafts/clear': defineHandler({
    summary:
      "Discards the signed-in staff member's draft of a form; cleared says whether there was one.",
    access: 'signedIn',
    input: formOnly,
    run: async (ctx, input): Promise<{ cleared: boolean }> => ({
      cleared: await ctx.write((trx) => clearDraft(trx, ctx.actor.id, input.form)),
    }),
  }),
};
