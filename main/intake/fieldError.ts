import { DepotError } from '../contract/errors';

type Code = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'RULE';

/** An error that names the field the clerk must fix, shaped like the boundary's VALIDATION. */
export function fieldError(
  code: Code,
  field: string,
  message: string,
  extra: Record<string, unknown> = {},
): DepotError {
  return new DepotError(code, `${field}: ${message}`, {
    field,
    issues: [{ field, message }],
    ...extra,
  });
}
