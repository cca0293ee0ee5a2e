import type { z } from 'zod';
import { DepotError } from './errors';

export type FieldIssue = { field: string; message: string };

/** Validates a channel's input once, at the boundary; the error names every bad field. */
export function parseInput<S extends z.ZodType>(
  channel: string,
  schema: S,
  raw: unknown,
): z.output<S> {
  const parsed = schema.safeParse(raw === undefined ? {} : raw);
  if (parsed.success) return parsed.data;
  const issues: FieldIssue[] = parsed.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)',
    message: issue.message,
  }));
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  throw new DepotError('VALIDATION', `Invalid input for ${channel}: ${summary}`, { issues });
}
