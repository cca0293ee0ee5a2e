import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { requiredLine } from '../intake/fields';
import { insertedId, isUniqueViolation } from '../intake/rows';
import {
  faultCodeSchema,
  faultKindSchema,
  findFaultCode,
  listFaultCodes,
  type FaultCode,
} from './faultCodes';
import { CODE_LISTS_WRITE, REPAIR_LOG_READ } from './repairLogAccess';

const sortSchema = z
  .number('Sort must be a number')
  .int('Sort must be a whole number')
  .min(0, 'Sort may not be negative')
  .max(100_000, 'Sort is at most 100000');

export const faultCodeHandlers = {
  'faultCodes/list': defineHandler({
    summary:
      'The fault taxonomy (symptom, cause, measure codes, bilingual) in screen order; active codes unless includeInactive.',
    access: REPAIR_LOG_READ,
    input: z
      .object({ kind: faultKindSchema.optional(), includeInactive: z.boolean().default(false) })
      .strict(),
    run: async (ctx, input): Promise<FaultCode[]> => listFaultCodes(ctx.db, input),
  }),

  'faultCodes/save': defineHandler({
    summary:
      'Creates a fault code, or changes an existing one at the version you saw (names, sort, active). Codes are retired, never renamed or deleted.',
    access: CODE_LISTS_WRITE,
    input: z
      .object({
        kind: faultKindSchema,
        code: faultCodeSchema,
        nameEn: requiredLine('English name', 80),
        nameZh: requiredLine('Chinese name', 80),
        sort: sortSchema.optional(),
        active: z.boolean().optional(),
        /** The version you saw; required to change an existing code, absent to create one. */
        version: z.number().int().positive().optional(),
      })
      .strict(),
    run: async (ctx, input): Promise<FaultCode> => {
      await ctx
        .write(async (trx, audit) => {
          const at = ctx.now().toISOString();
          const before = await findFaultCode(trx, input.kind, input.code);
          if (!before) {
            if (input.version !== undefined) {
              throw refuse('NOT_FOUND', 'bench.codeNotFound', {
                params: { kind: input.kind, code: input.code },
                field: 'code',
                message: `code: No ${input.kind} code ${input.code}`,
              });
            }
            const last = (await trx('fault_codes')
              .where({ kind: input.kind })
              .max({ sort: 'sort' })
              .first()) as { sort: number | null } | undefined;
            const [row] = await trx('fault_codes')
              .insert({
                kind: input.kind,
                code: input.code,
                name_en: input.nameEn,
                name_zh: input.nameZh,
                sort: input.sort ?? (last?.sort ?? 0) + 10,
                active: input.active ?? true,
                created_at: at,
                updated_at: at,
              })
              .returning('id');
            await audit({
              entity: 'fault_code',
              entityId: insertedId(row),
              action: 'create',
              after: input,
            });
            return;
          }
          // Two supervisors editing one code: the later save must not silently win.
          if (input.version === undefined) {
            throw refuse('CONFLICT', 'bench.codeExists', {
              params: { kind: input.kind, code: input.code },
              field: 'code',
              message: `code: ${input.kind} code ${input.code} already exists; open it to change it`,
            });
          }
          if (input.version !== before.version) {
            throw refuse('CONFLICT', 'core.changedElsewhere', {
              params: { record: input.code },
              message: `${input.kind} code ${input.code} was changed by someone else; reload and try again.`,
              details: { expected: input.version, actual: before.version },
            });
          }
          const changed = await trx('fault_codes')
            .where({ id: before.id, version: before.version })
            .update({
              name_en: input.nameEn,
              name_zh: input.nameZh,
              sort: input.sort ?? before.sort,
              active: input.active ?? before.active,
              updated_at: at,
              version: before.version + 1,
            });
          if (changed !== 1) {
            throw refuse('CONFLICT', 'core.changedMeanwhile', {
              params: { record: input.code },
              message: `${input.kind} code ${input.code} was changed meanwhile.`,
            });
          }
          await audit({
            entity: 'fault_code',
            entityId: before.id,
            action: 'update',
            before,
            after: input,
          });
        })
        .catch((error: unknown) => {
          // Two supervisors creating the same code at once: the second is told, not crashed.
          if (!isUniqueViolation(error)) throw error;
          throw refuse('CONFLICT', 'bench.codeExists', {
            params: { kind: input.kind, code: input.code },
            field: 'code',
            message: `code: ${input.kind} code ${input.code} already exists`,
          });
        });
      const saved = await findFaultCode(ctx.db, input.kind, input.code);
      if (!saved) {
        throw refuse('NOT_FOUND', 'bench.codeNotFound', {
          params: { kind: input.kind, code: input.code },
          message: `No ${input.kind} code ${input.code}.`,
        });
      }
      return saved;
    },
  }),
};
