import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { INTAKE_WRITE } from '../intake/access';
import { idSchema, line } from '../intake/fields';
import { CUSTOMER_MERGE, CUSTOMER_RECORDS } from './access';
import { customerRecord, type CustomerRecord } from './customerRecord';
import { customerHistory, type CustomerHistory } from './customerHistory';
import { customerMergeSchema, mergeCustomers, type MergeResult } from './customerMerge';
import { searchCustomers, searchKind, type CustomerPage } from './customerSearch';
import { customerUpdateSchema, updateCustomer } from './customerUpdate';
import { matchPhone, type PhoneMatch } from './phoneMatch';

// The customer records (issue 10, item 6; policy 4 confidentiality): the customer screen's
// search, history and edit, the duplicate warning at intake, and the supervisor's merge.
// Registering a customer and the intake's own lookups are `intake/customerHandlers.ts`.

const CURSOR = /^\d{1,15}$/;

export const customerRecordHandlers = {
  'customers/search': defineHandler({
    summary:
      'The customer screen: customers whose name, phone (typed any way) or e-mail (with an @) starts with the text, by name, keyset-paged; merged duplicates hidden.',
    access: CUSTOMER_RECORDS,
    input: z
      .object({
        text: line('Search', 120).pipe(z.string().min(1, 'Type a name, a phone or an e-mail')),
        cursor: z.string().regex(CURSOR, 'Pass back nextCursor as given').optional(),
        limit: z.number().int().min(1).max(50).default(20),
      })
      .strict(),
    run: async (ctx, input): Promise<CustomerPage> => {
      const query = searchKind(input.text);
      if (!query) {
        throw refuse('VALIDATION', 'customers.phoneSearchDigits', {
          field: 'text',
          message: 'text: a phone search needs at least 3 digits',
        });
      }
      return searchCustomers(ctx.db, query, {
        afterId: input.cursor === undefined ? undefined : Number(input.cursor),
        limit: input.limit,
      });
    },
  }),

  'customers/history': defineHandler({
    summary:
      'One customer with their units, tickets (status, dates, warranty), follow-up calls with scores and complaints; a merged one says which customer it went into.',
    access: CUSTOMER_RECORDS,
    input: z.object({ id: idSchema }).strict(),
    run: async (ctx, input): Promise<{ customer: CustomerRecord; history: CustomerHistory }> => {
      const customer = await customerRecord(ctx.db, input.id, ctx.actor);
      return { customer, history: await customerHistory(ctx.db, input.id) };
    },
  }),

  'customers/update': defineHandler({
    summary:
      "Edits a customer's name, phones, e-mail and address (the whole record, version-checked), audited with before and after; a merged one is refused.",
    access: CUSTOMER_RECORDS,
    input: customerUpdateSchema,
    run: async (ctx, input): Promise<CustomerRecord> => {
      await ctx.write((trx, audit) => updateCustomer(trx, audit, input, ctx.now().toISOString()));
      return customerRecord(ctx.db, input.id, ctx.actor);
    },
  }),

  'customers/matchPhone': defineHandler({
    summary:
      'The duplicate warning at intake: customers already on record with this phone number (normalised); empty until the text is a whole number. Not a refusal: families share phones.',
    access: INTAKE_WRITE,
    input: z.object({ phone: line('Phone', 40) }).strict(),
    run: async (ctx, input): Promise<PhoneMatch> => matchPhone(ctx.db, input.phone),
  }),

  'customers/merge': defineHandler({
    summary:
      'A supervisor merges a duplicate customer (mergeId) into the one kept (keepId): units, tickets (with follow-ups and complaints), warranty agreements and earlier duplicates move; the duplicate is kept, marked merged, never deleted.',
    access: CUSTOMER_MERGE,
    input: customerMergeSchema,
    run: async (ctx, input): Promise<MergeResult & { kept: CustomerRecord }> => {
      const result = await ctx.write((trx, audit) =>
        mergeCustomers(trx, audit, input, { actorId: ctx.actor.id, at: ctx.now().toISOString() }),
      );
      return { ...result, kept: await customerRecord(ctx.db, result.keepId, ctx.actor) };
    },
  }),
};
