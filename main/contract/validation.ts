import type { z } from 'zod';
import { refuse, type FieldIssue } from './errors';
import { isReasonKey, type Params, type ReasonKey, type ReasonParams } from './reasons';

export type { FieldIssue };

/** Validates a channel's input once, at the boundary; the error names every bad field. */
export function parseInput<S extends z.ZodType>(
  channel: string,
  schema: S,
  raw: unknown,
): z.output<S> {
  const input = raw === undefined ? {} : raw;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues: FieldIssue[] = parsed.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)',
    message: issue.message,
    ...issueReason(issue, input),
  }));
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  throw refuse('VALIDATION', 'validation.checkEntries', {
    message: `Invalid input for ${channel}: ${summary}`,
    details: { issues },
  });
}

/**
 * A custom check names its reason in the issue's params, so its field reads in the reader's
 * language too: `ctx.addIssue({ code: 'custom', message, params: because('validation.x', {}) })`.
 */
export function because<K extends ReasonKey>(reason: K, params: ReasonParams<K>) {
  return { reason, ...params };
}

type Issue = z.core.$ZodIssue;

/** The reason for one zod issue, by its code (zod 4), with the numbers its text needs. */
function issueReason(issue: Issue, input: unknown): { reason: ReasonKey; params: Params } {
  const none = (reason: ReasonKey) => ({ reason, params: {} });
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return none('validation.required');
      if (issue.expected === 'int') return none('validation.notWhole');
      if (issue.expected === 'number') return none('validation.notANumber');
      return none('validation.wrongType');
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') {
        return minimum <= 1 ? none('validation.required') : sized('validation.tooShort', minimum);
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return sized('validation.tooFew', minimum);
      }
      return sized(
        issue.inclusive === false ? 'validation.moreThan' : 'validation.atLeast',
        minimum,
      );
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { reason: 'validation.tooLong', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { reason: 'validation.tooMany', params: { maximum } };
      }
      return {
        reason: issue.inclusive === false ? 'validation.lessThan' : 'validation.atMost',
        params: { maximum },
      };
    }
    case 'invalid_format':
      if (issue.format === 'date') return none('validation.notADate');
      if (issue.format === 'datetime') return none('validation.notADateTime');
      return none('validation.badFormat');
    case 'not_multiple_of':
      return { reason: 'validation.notMultipleOf', params: { divisor: Number(issue.divisor) } };
    case 'invalid_value':
      return none('validation.notAnOption');
    case 'unrecognized_keys':
      return { reason: 'validation.unknownField', params: { keys: issue.keys.join(', ') } };
    case 'custom': {
      const { reason, ...params } = issue.params ?? {};
      return isReasonKey(reason)
        ? { reason, params: params as Params }
        : none('validation.invalid');
    }
    default:
      return none('validation.invalid');
  }
}

function sized(
  reason:
    'validation.tooShort' | 'validation.tooFew' | 'validation.atLeast' | 'validation.moreThan',
  minimum: number,
) {
  return { reason, params: { minimum } };
}

/** What the caller sent at an issue's path (undefined when absent: the field is required). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
